import { define } from '../base/define.js';
import { VfOfferForm } from '../offer-form/offer-form.js';

define('vf-offer-form', VfOfferForm);

declare global {
  interface HTMLElementTagNameMap {
    'vf-offer-form': VfOfferForm;
  }
}
