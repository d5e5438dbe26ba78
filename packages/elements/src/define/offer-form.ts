import { define } from '../base/define.js';
import { VfOfferForm } from '../offer-form/offer-form.js';

define('vf-offer-form', VfOfferForm);

declare global {
  interface HTMLElementTagNameMap {
    /** The element registered by this module. */
    'vf-offer-form': VfOfferForm;
  }
}
