import { define } from '../base/define.js';
import { VfOfferSearch } from '../offer-search/offer-search.js';

define('vf-offer-search', VfOfferSearch);

declare global {
  interface HTMLElementTagNameMap {
    /** The element registered by this module. */
    'vf-offer-search': VfOfferSearch;
  }
}
