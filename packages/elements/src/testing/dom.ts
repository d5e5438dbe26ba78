import axe from 'axe-core';
import type { LitElement } from 'lit';
import { loadTranslation } from '../i18n/index.js';

/** The WCAG 2.1 A and AA rules the elements must pass (BITV 2.0 / EN 301 549). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Puts markup into a fresh container with the given `lang` (and `dir`, if given) and waits for rendering. */
export async function mount<E extends LitElement>(
  markup: string,
  lang = 'de',
  dir?: 'ltr' | 'rtl',
): Promise<E> {
  // A page shows German for a moment until another language has loaded; tests start from the loaded state.
  await loadTranslation(lang);
  document.body.replaceChildren();
  const container = document.createElement('main');
  container.lang = lang;
  if (dir !== undefined) container.dir = dir;
  // Markup comes from the test files themselves, never from data under test.
  container.append(document.createRange().createContextualFragment(markup));
  document.body.append(container);
  const element = container.firstElementChild as E;
  await element.updateComplete;
  return element;
}

/** The element's shadow root (each test expects an open one). */
export function shadowOf(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (root === null) throw new Error(`<${element.localName}> has no open shadow root`);
  return root;
}

/** Waits until `check` returns a value that is not undefined/false, re-rendering in between. */
export async function until<T>(
  check: () => T | undefined | false | null,
  timeoutMs = 15_000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false && value !== null) return value;
    if (performance.now() - start > timeoutMs)
      throw new Error(`condition not met within ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** axe-core violations as short readable lines (`rule: target`), empty when the element conforms. */
export async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: wcagTags },
    resultTypes: ['violations'],
  });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  );
}

/** A URL for JSON data served from memory (same origin as the page, so no request leaves the test page). */
export function jsonUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}
