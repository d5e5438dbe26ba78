import { define } from '../base/define.js';
import { VfKlimaMap } from '../klima/klima-map.js';

define('vf-klima-map', VfKlimaMap);

declare global {
  interface HTMLElementTagNameMap {
    /** The element registered by this module. */
    'vf-klima-map': VfKlimaMap;
  }
}
