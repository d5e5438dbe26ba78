/** Registers every `vf-` element (what the CDN file does). */
import './offer-search.js';
import './offer-detail.js';
import './offer-form.js';
import './klima-board.js';
import './klima-report.js';
import './klima-map.js';
import './strategy.js';
