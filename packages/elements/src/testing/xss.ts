import { expect } from 'vitest';

/** Set by any payload that manages to run; the tests assert it stays unset. */
export const flag = '__vfXss';

const run = `window.${flag}=1`;

/**
 * At least 50 XSS payloads: script tags, event-handler attributes, `javascript:`/`data:`/`vbscript:` URLs,
 * SVG and MathML tricks, entity and encoding tricks, broken markup that parsers repair into something live.
 */
export const xssPayloads: readonly string[] = [
  `<script>${run}</script>`,
  `<img src=x onerror=${run}>`,
  `<svg onload=${run}>`,
  `<svg><script>${run}</script></svg>`,
  `javascript:${run}`,
  `"><img src=x onerror=${run}>`,
  `'><script>${run}</script>`,
  `<iframe src="javascript:parent.${flag}=1"></iframe>`,
  `<body onload=${run}>`,
  `<details open ontoggle=${run}>`,
  `<input autofocus onfocus=${run}>`,
  `<a href="javascript:${run}">klick</a>`,
  `&lt;script&gt;${run}&lt;/script&gt;`,
  `&#60;img src=x onerror=${run}&#62;`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
  `<object data="javascript:${run}">`,
  `<embed src="javascript:${run}">`,
  `<video><source onerror=${run}></video>`,
  `<audio src=x onerror=${run}>`,
  `<marquee onstart=${run}>x</marquee>`,
  `<select autofocus onfocus=${run}>`,
  `<textarea autofocus onfocus=${run}>`,
  `<form><button formaction=javascript:${run}>x</button></form>`,
  `<div style="background:url(javascript:${run})">`,
  `<style>@import 'javascript:${run}';</style>`,
  `<link rel=stylesheet href="javascript:${run}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<base href="javascript:${run}//">`,
  `{{constructor.constructor("${run}")()}}`,
  `\${${run}}`,
  `<scr<script>ipt>${run}</scr</script>ipt>`,
  `<IMG SRC=JaVaScRiPt:${run}>`,
  `<IMG """><SCRIPT>${run}</SCRIPT>">`,
  `<img src=x onerror=eval('${run}')>`,
  `<svg><animate onbegin=${run} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${run}"><text x=20 y=20>x</text></a></svg>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX192ZlhzcyA9IDE8L3NjcmlwdD4=`,
  `vbscript:msgbox(1)`,
  `<!--<img src="--><img src=x onerror=${run}//">`,
  `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  `<template><img src=x onerror=${run}></template>`,
  `</textarea><script>${run}</script>`,
  `</title><script>${run}</script>`,
  `<x contenteditable onfocus=${run} autofocus>`,
  `<body onpageshow=${run}>`,
  `<img srcset=",,,,,x" onerror=${run}>`,
  `<iframe srcdoc="<script>parent.${flag}=1</script>">`,
  `<a id=x tabindex=1 onfocusin=${run}></a>`,
  `\\u003cscript\\u003e${run}\\u003c/script\\u003e`,
  `%3Cscript%3E${run}%3C/script%3E`,
  `<svg/onload=${run}>`,
  `<img/src/onerror=${run}>`,
  `<div onpointerover=${run}>hover</div>`,
  `<style onload=${run}></style>`,
  `<image src=x onerror=${run}>`,
  `<svg><foreignObject><img src=x onerror=${run}></foreignObject></svg>`,
];

/**
 * Time limit for a test that mounts an element once per payload: 63 mounts take ~20 s on a busy two-core
 * machine, so the limit leaves room to spare.
 */
export const perPayloadTimeout = 120_000;

/** Elements a payload would create if it were parsed as HTML; none may appear in an element's shadow root. */
const dangerous =
  'script, img, svg, iframe, object, embed, video, audio, marquee, textarea, base, meta, link, style:not([data-lit]), math, template, x, image';

/**
 * Checks, after giving pending `onerror`/`onload` handlers time to run, that no payload ran, none became
 * markup (apart from `ownElements`, tags the element renders itself), and every link in the shadow root uses http(s), mailto or tel.
 */
export async function expectNoXss(
  root: ShadowRoot,
  ownElements: readonly string[] = [],
): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  expect((window as unknown as Record<string, unknown>)[flag]).toBeUndefined();
  const created = [...root.querySelectorAll(dangerous)].filter(
    (e) => !(e instanceof HTMLStyleElement) && !ownElements.includes(e.localName),
  );
  expect(created.map((e) => e.outerHTML)).toEqual([]);
  for (const a of root.querySelectorAll('a[href]')) {
    expect((a as HTMLAnchorElement).protocol).toMatch(/^(https?|mailto|tel):$/);
  }
  const withHandlers = [...root.querySelectorAll('*')].filter((e) =>
    [...e.attributes].some((a) => a.name.startsWith('on')),
  );
  expect(withHandlers.map((e) => e.outerHTML)).toEqual([]);
}
