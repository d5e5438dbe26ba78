import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/index.js';

/** What the search box shows and how it reports typing, keys and choices. */
export interface SearchBoxContext {
  readonly t: Translation;
  readonly query: string;
  readonly suggestions: readonly string[];
  /** Index of the highlighted suggestion, -1 for none. */
  readonly active: number;
  readonly onInput: (event: Event) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onChoose: (query: string) => void;
  readonly onClose: () => void;
}

/**
 * The search box as an ARIA 1.2 combobox: the input keeps focus, `aria-activedescendant` points at the
 * highlighted suggestion of the listbox, `aria-expanded` says whether suggestions are shown. A text input, not
 * `type=search`, whose native Escape would empty the box and throw away what was typed.
 */
export function renderSearchBox(ctx: SearchBoxContext): TemplateResult {
  const t = ctx.t.search;
  const expanded = ctx.suggestions.length > 0;
  const active = ctx.active >= 0 ? `suggestion-${ctx.active}` : undefined;
  return html`<form part="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
    <label class="visually-hidden" for="q">${t.label}</label>
    <input
      id="q"
      part="input"
      type="text"
      enterkeyhint="search"
      role="combobox"
      autocomplete="off"
      aria-autocomplete="list"
      aria-controls="suggestions"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-activedescendant=${active ?? nothing}
      placeholder=${t.placeholder}
      .value=${ctx.query}
      @input=${ctx.onInput}
      @keydown=${ctx.onKeyDown}
      @blur=${() => setTimeout(ctx.onClose, 150)}
    />
    <ul
      id="suggestions"
      part="suggestions"
      class="suggestions"
      role="listbox"
      aria-label=${t.suggestions}
      ?hidden=${!expanded}
    >
      ${ctx.suggestions.map(
        (s, i) =>
          html`<li
            id="suggestion-${i}"
            role="option"
            aria-selected=${i === ctx.active ? 'true' : 'false'}
            @pointerdown=${(e: Event) => e.preventDefault()}
            @click=${() => ctx.onChoose(s)}
          >
            ${s}
          </li>`,
      )}
    </ul>
    <button type="button" @click=${() => ctx.onChoose(ctx.query)}>${t.submit}</button>
  </form>`;
}
