import { countyProfileSchema, offerSchema } from '@vielfalt/model';
import { facetNames, loadOfferIndex, type OfferIndex, type OfferQueryInput, type OfferSearchResult } from '@vielfalt/search';
import * as z from 'zod';
import type { OfferSearchSource } from './source.js';

/** Where to load offers from: a feed file, or the server's search API. */
export type SourceLocation = { readonly feed: string } | { readonly endpoint: string };

/** Fetches JSON from the page's own origin by default; the element never sends cookies to another origin. */
async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status} (erwartet / expected 200)`);
  }
  return response.json();
}

/** A feed searched in the browser: no request per keystroke. */
export function feedSource(index: OfferIndex): OfferSearchSource {
  return {
    profile: index.profile,
    search: (query) => Promise.resolve(index.search(query)),
    suggest: (text, limit) => Promise.resolve(index.suggest(text, limit).map((s) => s.text)),
  };
}

const rangeSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
/** What the server's search API answers; checked before anything is rendered. */
const searchResponseSchema = z.object({
  hits: z.array(
    z.object({
      offer: offerSchema,
      score: z.number(),
      distanceKm: z.number().optional(),
      highlights: z.partialRecord(z.enum(['title', 'summary', 'description']), z.array(rangeSchema)),
    }),
  ),
  total: z.number().int().min(0),
  facets: z.record(z.enum(facetNames), z.record(z.string(), z.number().int().min(0))),
  didYouMean: z.string().optional(),
  language: z.string().optional(),
  profile: countyProfileSchema.optional(),
});
const suggestResponseSchema = z.object({ suggestions: z.array(z.string().max(200)).max(50) });

/**
 * The server's search API: `GET {endpoint}?query={OfferQuery as JSON}` answers an `OfferSearchResult`,
 * `GET {endpoint}/suggest?text=…&limit=…` answers `{ suggestions: string[] }`. The first answer may carry the
 * county `profile` for facet labels.
 */
export function endpointSource(endpoint: string): OfferSearchSource {
  let profile: z.infer<typeof countyProfileSchema> | undefined;
  let inFlight: AbortController | undefined;
  const base = new URL(endpoint, document.baseURI);
  return {
    get profile() {
      return profile;
    },
    async search(query: OfferQueryInput): Promise<OfferSearchResult> {
      inFlight?.abort();
      inFlight = new AbortController();
      const url = new URL(base);
      url.searchParams.set('query', JSON.stringify(query));
      const parsed = searchResponseSchema.parse(await fetchJson(url.href, inFlight.signal));
      profile = parsed.profile ?? profile;
      const { profile: _profile, ...result } = parsed;
      return result as OfferSearchResult;
    },
    async suggest(text: string, limit: number): Promise<readonly string[]> {
      const url = new URL(`${base.pathname.replace(/\/$/, '')}/suggest`, base);
      url.searchParams.set('text', text);
      url.searchParams.set('limit', String(limit));
      return suggestResponseSchema.parse(await fetchJson(url.href)).suggestions;
    },
  };
}

/** Loads the source for `src` (fetching and indexing the feed) or `endpoint`. */
export async function loadSource(location: SourceLocation): Promise<OfferSearchSource> {
  if ('feed' in location) return feedSource(loadOfferIndex(await fetchJson(new URL(location.feed, document.baseURI).href)));
  return endpointSource(location.endpoint);
}
