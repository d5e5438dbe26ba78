import { html, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/index.js';

/** Why loading failed, in words a visitor can act on; the UI names it in the page language. */
export type LoadFailureKind = 'network' | 'http' | 'notJson' | 'format' | 'missingFile';

/**
 * A failed load with its cause: the kind (shown translated) and a technical detail in German and English
 * (`"deutsch / english"`, shown as it is and sent with `vf-load-error`).
 */
export class LoadFailure extends Error {
  override name = 'LoadFailure';
  constructor(
    readonly kind: LoadFailureKind,
    message: string,
    /** The HTTP status, for `http`. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Why loading failed, for `vf-load-error`: the error's message (loaders write it in German and English). */
export function loadErrorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The kind of a failure: a `LoadFailure` says it, a `FeedFormatError` or any other thrown check is `format`. */
export function loadFailureKind(error: unknown): LoadFailureKind {
  return error instanceof LoadFailure ? error.kind : 'format';
}

/** The cause in the page language. */
export function loadFailureText(t: Translation, error: unknown): string {
  const kind = loadFailureKind(error);
  return kind === 'http'
    ? t.common.why.http((error as LoadFailure).status ?? 0)
    : t.common.why[kind];
}

/**
 * The technical detail, its German and English halves each marked with their language (WCAG 3.1.2), so a
 * screen reader on an Arabic page reads them with the right voice.
 */
function detail(reason: string): TemplateResult {
  const halves = reason.split(' / ');
  return halves.length === 2
    ? html`<span lang="de">${halves[0]}</span> / <span lang="en">${halves[1]}</span>`
    : html`<span lang="de">${reason}</span>`;
}

/** The error box every loading element shows: what failed, why, the detail, and a retry button. */
export function renderLoadError(t: Translation, error: unknown, retry: () => void): TemplateResult {
  return html`<div role="alert" class="error" part="error">
    <p><strong>${t.common.loadError}</strong> ${loadFailureText(t, error)}</p>
    <p class="muted" dir="ltr"><small>${detail(loadErrorReason(error))}</small></p>
    <button type="button" @click=${retry}>${t.common.retry}</button>
  </div>`;
}
