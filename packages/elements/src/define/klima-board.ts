import { define } from '../base/define.js';
import { VfKlimaBoard } from '../klima/klima-board.js';

define('vf-klima-board', VfKlimaBoard);

declare global {
  interface HTMLElementTagNameMap {
    /** The element registered by this module. */
    'vf-klima-board': VfKlimaBoard;
  }
}
