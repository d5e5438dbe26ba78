import type { CountyProfile } from '@vielfalt/model';
import type { OfferIndex } from '@vielfalt/search';
import type { Store } from '../store/store.js';
import { AnswerCache } from './answer-cache.js';
import { liveOfferIndexFor } from './live-offer-index.js';
import {
  matchesFilter,
  type SearchProvider,
  type SearchQuery,
  type SearchResult,
} from './provider.js';

/**
 * The default engine: `@vielfalt/search` (German compounds, umlaut spellings, typos, synonyms) over
 * the published offers, held in memory and updated offer by offer when the publication revision moves.
 * Answers are cached per revision (the most asked 1,000 by default): a widget's popular searches cost nothing.
 */
export function createOfferIndexSearch(
  store: Store,
  profile: CountyProfile,
  options: { cacheSize?: number } = {},
): SearchProvider {
  const live = liveOfferIndexFor(store, profile);
  // Each revision comes with its own answer cache, so a new revision starts with an empty one.
  let answers = { revision: -1, cache: new AnswerCache<SearchResult>(0) };
  return {
    name: 'vielfalt-search',
    async search(query) {
      const { engine, revision } = await live.current();
      if (revision > answers.revision)
        answers = { revision, cache: new AnswerCache<SearchResult>(options.cacheSize ?? 1000) };
      // A request that read an older revision than the newest one seen is answered but not cached.
      if (revision < answers.revision) return run(engine, query);
      const { cache } = answers;
      // Case does not change an answer; a trailing space does (it ends prefix search), so it stays.
      const key = JSON.stringify([query.q.toLowerCase(), query.filter, query.offset, query.limit]);
      return cache.get(key) ?? cache.set(key, run(engine, query));
    },
  };
}

/** A search on one index; kind and provider are not facets of the engine and are applied here. */
function run(engine: OfferIndex, { q, filter, offset, limit }: SearchQuery): SearchResult {
  const filters: Partial<
    Record<'municipality' | 'fieldOfAction' | 'targetGroup' | 'language', string[]>
  > = {};
  if (filter.municipality) filters.municipality = [filter.municipality];
  if (filter.fieldOfAction) filters.fieldOfAction = [filter.fieldOfAction];
  if (filter.targetGroup) filters.targetGroup = [filter.targetGroup];
  if (filter.language) filters.language = [filter.language];
  // Kind and provider are not facets of the engine: fetch every match and narrow here.
  const narrow = filter.kind !== undefined || filter.providerId !== undefined;
  const result = engine.search({
    text: q,
    filters,
    offset: narrow ? 0 : offset,
    limit: narrow ? 1000 : limit,
  });
  if (!narrow) return { total: result.total, offers: result.hits.map((h) => h.offer) };
  const offers = result.hits.map((h) => h.offer).filter((o) => matchesFilter(o, filter));
  return { total: offers.length, offers: offers.slice(offset, offset + limit) };
}
