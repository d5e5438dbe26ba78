import { emptyFilters, uiFacets, type OfferFilters } from './filters.js';

/** What `<vf-offer-search>` keeps in the address bar so a search can be shared and the back button works. */
export interface SearchState {
  /** What was typed. */
  readonly query: string;
  /** What was filtered by. */
  readonly filters: OfferFilters;
  /** 1-based page number. */
  readonly page: number;
}

/** Parameter names, prefixed so the element cannot collide with the host page's own parameters. */
const key = (name: string, prefix: string): string => `${prefix}${name}`;

/** Reads the state from URL search parameters; unknown or malformed values are ignored, never thrown on. */
export function readSearchState(params: URLSearchParams, prefix = 'vf-'): SearchState {
  const list = (name: string): string[] =>
    (params.get(key(name, prefix)) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => /^[A-Za-z0-9-]{1,80}$/.test(v));
  const near = /^(\d{8}):(\d{1,3})$/.exec(params.get(key('near', prefix)) ?? '');
  const page = Number.parseInt(params.get(key('page', prefix)) ?? '1', 10);
  const filters: OfferFilters = {
    ...emptyFilters,
    ...Object.fromEntries(uiFacets.map((f) => [f, list(f)])),
    free: params.get(key('free', prefix)) === '1',
    openNow: params.get(key('open', prefix)) === '1',
    near:
      near?.[1] !== undefined && near[2] !== undefined
        ? { ags: near[1], km: Number(near[2]) }
        : undefined,
  };
  return {
    query: (params.get(key('q', prefix)) ?? '').slice(0, 200),
    filters,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Writes the state into a copy of `params`, leaving the host page's own parameters untouched. */
export function writeSearchState(
  params: URLSearchParams,
  state: SearchState,
  prefix = 'vf-',
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | undefined): void => {
    if (value === undefined || value === '') next.delete(key(name, prefix));
    else next.set(key(name, prefix), value);
  };
  set('q', state.query.trim());
  for (const f of uiFacets) set(f, state.filters[f].join(','));
  set('free', state.filters.free ? '1' : undefined);
  set('open', state.filters.openNow ? '1' : undefined);
  set(
    'near',
    state.filters.near ? `${state.filters.near.ags}:${state.filters.near.km}` : undefined,
  );
  set('page', state.page > 1 ? String(state.page) : undefined);
  return next;
}
