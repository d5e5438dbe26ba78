import type { OfferQueryInput } from '@vielfalt/search';

/** The list facets the search UI offers; values within one facet are alternatives, facets combine. */
export const uiFacets = [
  'municipality',
  'fieldOfAction',
  'targetGroup',
  'language',
  'format',
] as const;
/** A list facet the search UI offers. */
export type UiFacet = (typeof uiFacets)[number];

/** What a person filtered by. Ids are the profile's (AGS for municipalities, language codes for languages). */
export interface OfferFilters {
  /** Municipalities (AGS). */
  readonly municipality: readonly string[];
  /** Fields of action (profile ids). */
  readonly fieldOfAction: readonly string[];
  /** Target groups (profile ids). */
  readonly targetGroup: readonly string[];
  /** Languages spoken in the offer. */
  readonly language: readonly string[];
  /** `on-site`, `online`, `hybrid`. */
  readonly format: readonly string[];
  /** Only offers without cost. */
  readonly free: boolean;
  /** Only offers open at the moment of the search. */
  readonly openNow: boolean;
  /** Only offers with a place within `km` of the centre of the municipality `ags`. */
  readonly near?: { readonly ags: string; readonly km: number } | undefined;
}

/** No filter set. */
export const emptyFilters: OfferFilters = {
  municipality: [],
  fieldOfAction: [],
  targetGroup: [],
  language: [],
  format: [],
  free: false,
  openNow: false,
};

/** Whether any filter is set. */
export function hasFilters(filters: OfferFilters): boolean {
  return (
    filters.free ||
    filters.openNow ||
    filters.near !== undefined ||
    uiFacets.some((f) => filters[f].length > 0)
  );
}

/** How many filters are set (each chosen value counts), for the filter button on narrow screens. */
export function activeFilterCount(filters: OfferFilters): number {
  return (
    uiFacets.reduce((n, f) => n + filters[f].length, 0) +
    (filters.free ? 1 : 0) +
    (filters.openNow ? 1 : 0) +
    (filters.near !== undefined ? 1 : 0)
  );
}

/** The engine's query for what the UI shows: text, filters and the requested page. */
export function toOfferQuery(
  text: string,
  filters: OfferFilters,
  page: number,
  pageSize: number,
): OfferQueryInput {
  const selected = Object.fromEntries(
    uiFacets.filter((f) => filters[f].length > 0).map((f) => [f, [...filters[f]]]),
  );
  return {
    text,
    filters: selected,
    ...(filters.free ? { free: true } : {}),
    ...(filters.openNow ? { openAt: 'now' as const } : {}),
    ...(filters.near !== undefined
      ? { near: { municipality: filters.near.ags }, radiusKm: filters.near.km }
      : {}),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}
