import { define } from '../base/define.js';
import { VfKlimaMap } from '../klima/klima-map.js';

define('vf-klima-map', VfKlimaMap);

declare global {
  interface HTMLElementTagNameMap {
    'vf-klima-map': VfKlimaMap;
  }
}
