import { css } from 'lit';

/**
 * Styles every element shares. Public tokens are `--vf-*` with defaults here, so an element looks right with no
 * CSS from the host page; `font: inherit` lets the site's typography through; only logical properties are used
 * so right-to-left layouts need no extra rules.
 */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--vf-color-text, #1b1b1b);
    --_accent: var(--vf-color-accent, #0b5cad);
    --_accent-text: var(--vf-color-accent-text, #ffffff);
    --_muted: var(--vf-color-muted, #4a4a4a);
    --_surface: var(--vf-color-surface, #ffffff);
    --_border: var(--vf-color-border, #6b6b6b);
    --_error: var(--vf-color-error, #b00020);
    --_mark: var(--vf-color-mark, #fff0a8);
    --_radius: var(--vf-radius, 0.375rem);
    --_gap: var(--vf-space, 0.75rem);
  }
  :host([data-vf-pending]) {
    visibility: hidden;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* WCAG 2.5.5 (AAA) / 2.5.8: 44 × 44 px targets, so touch users and people with tremor hit what they aim at. */
  button,
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea,
  a.button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  label.check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
  }
  button,
  a.button {
    cursor: pointer;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    padding-inline: 1rem;
    padding-block: 0.5rem;
  }
  button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    padding-inline: 0.5rem;
  }
  a {
    color: var(--_accent);
  }
  /* WCAG 2.4.7: a focus ring that is visible on light and dark backgrounds alike. */
  :focus-visible {
    outline: 3px solid var(--vf-color-focus, #1b1b1b);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_surface);
  }
  mark {
    background: var(--_mark);
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    color: var(--_error);
  }
  .muted {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
