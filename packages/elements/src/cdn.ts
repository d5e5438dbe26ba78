/**
 * The CDN file: one script that registers every `vf-` element, with Lit and the search engine bundled in.
 * `<script type="module" src="…/vielfalt-elements.js"></script>` is all a page needs.
 */
import './define/all.js';
