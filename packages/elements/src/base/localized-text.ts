import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedString } from '@vielfalt/model';
import type { Translation } from '../i18n/index.js';
import { localizedIn } from '../offer-text.js';

/**
 * A localized text in the UI language; where it has none, the German (or other) text marked with its language
 * (WCAG 3.1.2, so screen readers switch voice and punctuation stays in place) and, with `sayMissing`, a note in
 * the page language that it exists only in German.
 */
export function renderLocalized(
  text: LocalizedString | undefined,
  lang: string,
  t: Translation,
  sayMissing = false,
): TemplateResult | typeof nothing {
  if (text === undefined) return nothing;
  const shown = localizedIn(text, lang);
  const ui = lang.toLowerCase().split('-')[0];
  if (shown.lang === ui) return html`${shown.text}`;
  return html`<span lang=${shown.lang} dir="auto">${shown.text}</span>${
      sayMissing && shown.lang === 'de'
        ? html` <span class="muted">(${t.common.germanOnly})</span>`
        : nothing
    }`;
}
