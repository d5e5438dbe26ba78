/**
 * `@vielfalt/search`: the German-aware offer search. The generic core (`createIndex`) indexes any documents;
 * the offer layer (`createOfferIndex`, `buildFeed`, `loadOfferIndex`) searches a county's offers with
 * filters, facets and geo. German analysis is in `@vielfalt/search/german`, the cross-language lexicon in
 * `@vielfalt/search/lexicon` (load it lazily).
 * @packageDocumentation
 */
export * from './core.js';
export {
  type BuildFeedOptions,
  buildFeed,
  feedContacts,
  feedFromIndex,
  loadOfferIndex,
} from './offers/feed.js';
export { type LoadFeedOptions, openOfferIndex } from './offers/open-feed.js';
export { FEED_FORMAT_VERSION, FeedFormatError, checkFeedOutline } from './offers/feed-outline.js';
export { type Feed, feedContactSchema, feedSchema } from './offers/feed-schema.js';
export { type FacetCounts, type FacetValues } from './offers/facets.js';
export {
  type OfferDocument,
  type OfferField,
  offerDocument,
  offerFields,
} from './offers/fields.js';
export {
  type HighlightedField,
  type OfferHit,
  OfferIndex,
  type OfferIndexOptions,
  type OfferSearchResult,
} from './offers/offer-index.js';
export {
  createOfferIndex,
  offerIndexFromSerialized,
  offerIndexOptions,
} from './offers/german-defaults.js';
export { type OfferQuery, type OfferQueryInput, offerQuerySchema } from './offers/query.js';
export { type FacetName, facetNames } from './offers/query-shape.js';
