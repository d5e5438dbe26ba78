/**
 * The CDN file: one script that registers every `vf-` element.
 * `<script type="module" src="…/vielfalt-elements.js"></script>` is all a page needs. This main chunk holds Lit
 * and what every element shares; each element comes from the `chunks/` folder beside it when its tag is first
 * on the page, so a page fetches only the elements it shows: the search engine only with a search or detail,
 * zod only with the elements that validate what they load with it.
 */
import { defineOnDemand } from './base/define-on-demand.js';

defineOnDemand({
  'vf-offer-search': () => import('./define/offer-search.js'),
  'vf-offer-detail': () => import('./define/offer-detail.js'),
  'vf-offer-form': () => import('./define/offer-form.js'),
  'vf-klima-board': () => import('./define/klima-board.js'),
  'vf-klima-report': () => import('./define/klima-report.js'),
  'vf-klima-map': () => import('./define/klima-map.js'),
  'vf-strategy': () => import('./define/strategy.js'),
});
