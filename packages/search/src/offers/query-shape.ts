import type { OfferQuery, OfferQueryInput } from './query.js';

/** The facets of an offer search; filters on them combine with OR within a facet and AND across facets. */
export const facetNames = [
  'municipality',
  'fieldOfAction',
  'targetGroup',
  'language',
  'format',
  'cost',
  'wheelchair',
] as const;
/** Name of a facet. */
export type FacetName = (typeof facetNames)[number];

/** What a query leaves out is taken from here; `offerQuerySchema` uses the same values. */
export const queryDefaults = {
  text: '',
  sort: 'relevance',
  limit: 20,
  offset: 0,
} as const;

/**
 * Fills in the defaults of a query written in code. It checks nothing: the index stays free of the validator so
 * that browsers load less; queries from outside (URLs, forms, requests) are parsed with `offerQuerySchema` first.
 */
export function withQueryDefaults(input: OfferQueryInput): OfferQuery {
  return {
    ...input,
    text: input.text ?? queryDefaults.text,
    filters: input.filters ?? {},
    sort: input.sort ?? queryDefaults.sort,
    limit: input.limit ?? queryDefaults.limit,
    offset: input.offset ?? queryDefaults.offset,
  };
}
