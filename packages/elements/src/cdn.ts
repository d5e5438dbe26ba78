/**
 * The CDN file: one script that registers every `vf-` element.
 * `<script type="module" src="…/vielfalt-elements.js"></script>` is all a page needs. Search and detail come
 * in the file with Lit and the search engine; the elements that validate what they load with zod come from the
 * `chunks/` folder beside it when their tag is first on the page.
 */
import './define/offer-search.js';
import './define/offer-detail.js';
import { defineOnDemand } from './base/define-on-demand.js';

defineOnDemand({
  'vf-offer-form': () => import('./define/offer-form.js'),
  'vf-klima-board': () => import('./define/klima-board.js'),
  'vf-klima-report': () => import('./define/klima-report.js'),
  'vf-klima-map': () => import('./define/klima-map.js'),
  'vf-strategy': () => import('./define/strategy.js'),
});
