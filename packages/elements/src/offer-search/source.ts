import type { CountyProfile } from '@vielfalt/model';
import type { OfferQueryInput, OfferSearchResult } from '@vielfalt/search';

/**
 * Where `<vf-offer-search>` gets offers from: a feed loaded once and searched in the browser (`src`), or the
 * server's search API (`endpoint`). Set the element's `source` property to plug in another one.
 */
export interface OfferSearchSource {
  /** The county profile, for city names and facet labels; undefined if the source has none. */
  readonly profile: CountyProfile | undefined;
  /** One page of results with disjunctive facet counts for the whole result. */
  search(query: OfferQueryInput): Promise<OfferSearchResult>;
  /** Completions of the text typed so far, best first. */
  suggest(text: string, limit: number): Promise<readonly string[]>;
}
