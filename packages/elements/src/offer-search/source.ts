import type { Actor, CountyProfile } from '@vielfalt/model';
import type { PublicContact } from '@vielfalt/model/helpers';
import type { OfferQueryInput, OfferSearchResult } from '@vielfalt/search';

/**
 * Where `<vf-offer-search>` gets offers from: a feed loaded once and searched in the browser (`src`), or the
 * server's search API (`endpoint`). Set the element's `source` property to plug in another one.
 */
export interface OfferSearchSource {
  /** The county profile, for city names and facet labels; undefined if the source has none. */
  readonly profile: CountyProfile | undefined;
  /** The providers by id, for result rows; empty if the source has none. */
  readonly actors?: ReadonlyMap<string, Actor>;
  /** The published part of the contacts by id; empty if the source has none. */
  readonly contacts?: ReadonlyMap<string, PublicContact>;
  /** Loads what a query typed on a page in `lang` needs (the translator for other languages) before searching. */
  prepare?(text: string, lang: string): Promise<void>;
  /** One page of results with disjunctive facet counts for the whole result. */
  search(query: OfferQueryInput): Promise<OfferSearchResult>;
  /** Completions of the text typed so far, best first. */
  suggest(text: string, limit: number): Promise<readonly string[]>;
}
