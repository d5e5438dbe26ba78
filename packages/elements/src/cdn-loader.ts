/**
 * `vielfalt-elements.js`, the file a page's script tag names: it loads the elements from `chunks/` beside it. If
 * that fails (the folder was not uploaded, or the server refuses it), every `vf-` element on the page says so,
 * in German and English, instead of the page showing nothing.
 */
import { reportMissingFiles } from './base/missing-files.js';

/** Path of the main chunk relative to this file; set by `scripts/build-cdn.mjs`. */
declare const __VF_MAIN_CHUNK__: string;

const main = new URL(__VF_MAIN_CHUNK__, import.meta.url).href;
import(/* @vite-ignore */ main).catch((error: unknown) => {
  const report = (): void => reportMissingFiles(document, String(error));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', report);
  else report();
});
