import { define } from '../base/define.js';
import { VfStrategy } from '../strategy/strategy.js';

define('vf-strategy', VfStrategy);

declare global {
  interface HTMLElementTagNameMap {
    /** The element registered by this module. */
    'vf-strategy': VfStrategy;
  }
}
