import type { CountyProfile } from '@vielfalt/model';
import { createOfferIndex } from '@vielfalt/search';
import type { Store } from '../store/store.js';
import { matchesFilter, type SearchProvider } from './provider.js';
import { perRevision } from './snapshot.js';

/**
 * The default engine: `@vielfalt/search` (German compounds, umlaut spellings, typos, synonyms) over
 * the published offers, held in memory and rebuilt when the publication revision moves.
 */
export function createOfferIndexSearch(store: Store, profile: CountyProfile): SearchProvider {
  const index = perRevision(store, ({ offers, actors }) => createOfferIndex(offers, { profile, actors }));
  return {
    name: 'vielfalt-search',
    async search({ q, filter, offset, limit }) {
      const filters: Partial<Record<'municipality' | 'fieldOfAction' | 'targetGroup' | 'language', string[]>> = {};
      if (filter.municipality) filters.municipality = [filter.municipality];
      if (filter.fieldOfAction) filters.fieldOfAction = [filter.fieldOfAction];
      if (filter.targetGroup) filters.targetGroup = [filter.targetGroup];
      if (filter.language) filters.language = [filter.language];
      const engine = await index();
      // Kind and provider are not facets of the engine: fetch every match and narrow here.
      const narrow = filter.kind !== undefined || filter.providerId !== undefined;
      const result = engine.search({ text: q, filters, offset: narrow ? 0 : offset, limit: narrow ? 1000 : limit });
      if (!narrow) return { total: result.total, offers: result.hits.map((h) => h.offer) };
      const offers = result.hits.map((h) => h.offer).filter((o) => matchesFilter(o, filter));
      return { total: offers.length, offers: offers.slice(offset, offset + limit) };
    },
  };
}
