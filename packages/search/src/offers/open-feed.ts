import type { QueryTranslator } from '../translation.js';
import { FeedFormatError, checkFeedOutline } from './feed-outline.js';
import { type OfferIndex, wrapSerializedIndex } from './offer-index.js';

/** Options of `loadOfferIndex` and {@link openOfferIndex}. */
export interface LoadFeedOptions {
  /** The clock for `openAt: 'now'`. */
  now?: () => Date;
  /** Carries queries in other languages into German (`germanLexicon` from `@vielfalt/search/lexicon`). */
  translator?: QueryTranslator;
  /** Synonym groups; `loadOfferIndex` defaults to the German ones, `openOfferIndex` to none. */
  synonyms?: readonly (readonly string[])[];
}

/**
 * `loadOfferIndex` without the German synonyms (about 2 KB gzip), for a page that loads them on demand: the
 * index lists and filters at once, and text queries are expanded with synonyms once `useSynonyms` has them.
 * This module names no synonym list, so a bundle of it holds none.
 * ```ts
 * const index = openOfferIndex(feed);
 * index.useSynonyms((await import('@vielfalt/search/synonyms')).germanSynonyms);
 * ```
 */
export function openOfferIndex(feed: unknown, options: LoadFeedOptions = {}): OfferIndex {
  const parsed = checkFeedOutline(feed);
  const loaded = wrapSerializedIndex(parsed.index, parsed.offers, {
    profile: parsed.profile,
    actors: parsed.actors,
    ...options,
  });
  const missing = loaded.index.ids.find((id) => id !== undefined && loaded.get(id) === undefined);
  if (missing !== undefined) {
    // Cut like any found value: an id comes from the feed and may be 10,000 characters long.
    const id = missing.length > 60 ? `${missing.slice(0, 60)}…` : missing;
    throw new FeedFormatError(
      `Feed ungültig: der Index nennt das Angebot „${id}“, das unter offers fehlt. / Invalid feed: the index names the offer "${id}", which offers lacks.`,
    );
  }
  return loaded;
}
