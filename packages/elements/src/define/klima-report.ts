import { define } from '../base/define.js';
import { VfKlimaReport } from '../klima/klima-report.js';

define('vf-klima-report', VfKlimaReport);

declare global {
  interface HTMLElementTagNameMap {
    /** The element registered by this module. */
    'vf-klima-report': VfKlimaReport;
  }
}
