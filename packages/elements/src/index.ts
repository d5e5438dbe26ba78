/**
 * `@vielfalt/elements`: accessible Lit web components for city websites. Importing this module registers
 * nothing; import a define module (`@vielfalt/elements/define/offer-search`) or the CDN file to register tags.
 * @packageDocumentation
 */
export { VfElement } from './base/element.js';
export { define } from './base/define.js';
export {
  closestWithAttribute,
  resolveLocale,
  LocaleController,
  type Locale,
} from './base/locale.js';
export { safeHref, mailHref, telHref } from './base/safe-url.js';
export { highlightSegments, type TextSegment } from './base/highlight.js';
export * from './events.js';
export { deSimple } from './i18n/de-simple.js';
export { de } from './i18n/de.js';
export {
  loadTranslation,
  isTranslationLoaded,
  translationFor,
  uiLanguageOf,
  isRightToLeft,
  uiLanguages,
  plural,
  type Translation,
  type UiLanguage,
  type Plural,
  type Widen,
} from './i18n/index.js';
export { VfOfferSearch } from './offer-search/offer-search.js';
export {
  emptyFilters,
  hasFilters,
  toOfferQuery,
  uiFacets,
  type OfferFilters,
  type UiFacet,
} from './offer-search/filters.js';
export { readSearchState, writeSearchState, type SearchState } from './offer-search/url-state.js';
export {
  feedSource,
  endpointSource,
  loadSource,
  type SourceLocation,
} from './offer-search/load-source.js';
export type { OfferSearchSource } from './offer-search/source.js';
export { VfOfferDetail } from './offer-detail/offer-detail.js';
export { VfOfferForm } from './offer-form/offer-form.js';
export { emptyDraft, draftToOffer, type FormDraft } from './offer-form/form-draft.js';
export { formDraftSchema } from './offer-form/form-draft-schema.js';
export { validateDraft, type FieldError } from './offer-form/form-validation.js';
export { VfKlimaBoard } from './klima/klima-board.js';
export { VfKlimaReport } from './klima/klima-report.js';
export { VfKlimaMap } from './klima/klima-map.js';
export { VfStrategy } from './strategy/strategy.js';
