import { define } from '../base/define.js';
import { VfOfferDetail } from '../offer-detail/offer-detail.js';

define('vf-offer-detail', VfOfferDetail);

declare global {
  interface HTMLElementTagNameMap {
    /** The element registered by this module. */
    'vf-offer-detail': VfOfferDetail;
  }
}
