/**
 * `vielfalt-elements.js`, the file a page's script tag names: it loads the elements from `chunks/` beside it. If
 * that fails (the folder was not uploaded, or the server refuses it), every `vf-` element on the page says so,
 * in German and English, instead of the page showing nothing.
 */
import { reportMissingFiles } from './base/missing-files.js';

/** Path of the main chunk relative to this file; set by `scripts/build-cdn.mjs`. */
declare const __VF_MAIN_CHUNK__: string;

// The build writes the path in, so this is a literal import: a browser resolves it beside this file, and an app's
// bundler that bundles this file follows it into the chunks (a URL built at run time would point beside the
// app's bundle, where no chunks are).
import(__VF_MAIN_CHUNK__).catch((error: unknown) => {
  const report = (): void => reportMissingFiles(document, String(error));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', report);
  else report();
});
