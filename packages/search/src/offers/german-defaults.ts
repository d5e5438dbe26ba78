import type { Offer } from '@vielfalt/model';
import { germanSynonyms } from '../german/synonyms.js';
import type { IndexOptions } from '../search-index.js';
import type { OfferDocument } from './fields.js';
import {
  buildOfferIndex,
  indexOptionsFor,
  type OfferIndex,
  type OfferIndexOptions,
  wrapSerializedIndex,
} from './offer-index.js';

/** The core index options for offers: fields, German analysis and synonyms; used to build and to load. */
export function offerIndexOptions(
  synonyms: readonly (readonly string[])[] = germanSynonyms,
): IndexOptions<OfferDocument> {
  return indexOptionsFor(synonyms);
}

/** Builds an offer index in memory (a server, a test, or a page without a prebuilt feed). */
export function createOfferIndex(offers: readonly Offer[], options: OfferIndexOptions): OfferIndex {
  return buildOfferIndex(offers, { ...options, synonyms: options.synonyms ?? germanSynonyms });
}

/** Wraps a loaded prebuilt index and its offers (see `loadOfferIndex` for feeds). */
export function offerIndexFromSerialized(
  serialized: unknown,
  offers: readonly Offer[],
  options: OfferIndexOptions,
): OfferIndex {
  return wrapSerializedIndex(serialized, offers, {
    ...options,
    synonyms: options.synonyms ?? germanSynonyms,
  });
}
