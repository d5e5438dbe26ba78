import type { Offer } from '@vielfalt/model';
import type { OfferFilter } from '../store/store.js';

/** A search request: free text, the same filters as the offer list, and a page. */
export interface SearchQuery {
  /** The words typed; empty lists everything that passes the filters. */
  q: string;
  /** The list filters. */
  filter: OfferFilter;
  /** How many matches to skip. */
  offset: number;
  /** How many matches to return. */
  limit: number;
}

/** Matching published offers, best first, and how many match in all. */
export interface SearchResult {
  /** How many offers match in all. */
  total: number;
  /** One page of them, best first. */
  offers: Offer[];
}

/**
 * Where searches go. The in-process engine is the default; PostgreSQL full-text search is there for
 * deployments whose instances should not each hold an index.
 */
export interface SearchProvider {
  /** Name of the engine, reported with every search answer. */
  readonly name: string;
  /** Finds published offers. */
  search(query: SearchQuery): Promise<SearchResult>;
  /** Releases connections, if the engine holds any. */
  close?(): Promise<void>;
}

/** True when a published offer passes every filter; shared by engines that filter in memory. */
export function matchesFilter(offer: Offer, filter: OfferFilter): boolean {
  if (filter.kind !== undefined && offer.kind !== filter.kind) return false;
  if (filter.providerId !== undefined && offer.providerId !== filter.providerId) return false;
  if (filter.fieldOfAction !== undefined && !offer.fieldsOfAction.includes(filter.fieldOfAction))
    return false;
  if (filter.language !== undefined && !offer.languages.includes(filter.language)) return false;
  if (
    filter.targetGroup !== undefined &&
    !offer.targetGroups.some((t) => t.id === filter.targetGroup)
  )
    return false;
  if (
    filter.municipality !== undefined &&
    offer.area.kind === 'municipalities' &&
    !offer.area.ags.includes(filter.municipality)
  )
    return false;
  return true;
}
