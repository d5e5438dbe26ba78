import type { Actor, Offer } from '@vielfalt/model';
import type { PublicContact } from '@vielfalt/model/helpers';
import {
  facetNames,
  openOfferIndex,
  type Feed,
  type FacetCounts,
  type OfferQueryInput,
  type OfferSearchResult,
} from '@vielfalt/search';
import { fetchJson } from '../base/fetch-json.js';
import { LoadFailure } from '../base/load-error.js';
import { loadFeed } from '../base/load-feed.js';
import { withOfferDefaults } from '../base/offer-defaults.js';
import type { OfferSearchSource } from './source.js';
import {
  dictionaryLanguagesFor,
  needsTranslator,
  OnDemandTranslator,
  type DictionaryLanguageCode,
} from './translator.js';

/** Where to load offers from: a feed file, or the server's search API. */
export type SourceLocation = { readonly feed: string } | { readonly endpoint: string };

/**
 * A feed searched in the browser: no request per keystroke. Queries in other languages are carried into German
 * by translators loaded the first time a non-German query or page needs them, with the dictionaries of the
 * query's and the page's language (and again when a query finds nothing, since "language course" is Latin
 * script too).
 */
export function feedSource(feed: Feed): OfferSearchSource {
  const translator = new OnDemandTranslator();
  const index = openOfferIndex(feed, { translator });
  // The German synonyms (about 2 KB) arrive with the first words typed: listing and filtering need none. A
  // chunk that cannot be fetched leaves the search without them rather than without results.
  let synonyms: Promise<void> | undefined;
  const withSynonyms = (text: string | undefined): Promise<void> | undefined =>
    (text ?? '').trim() === ''
      ? undefined
      : (synonyms ??= import('@vielfalt/search/synonyms').then(
          (m) => index.useSynonyms(m.germanSynonyms),
          () => undefined,
        ));
  const search = (query: OfferQueryInput): OfferSearchResult => index.search(query);
  let wanted: DictionaryLanguageCode[] = [];
  return {
    profile: index.profile,
    actors: new Map(feed.actors.map((a) => [a.id, a])),
    contacts: new Map((feed.contacts ?? []).map((c) => [c.id, c])),
    async prepare(text, lang) {
      wanted = dictionaryLanguagesFor(text, lang);
      await Promise.all([
        withSynonyms(text),
        needsTranslator(text, lang) && !translator.has(wanted)
          ? translator.load(wanted)
          : undefined,
      ]);
    },
    async search(query) {
      await withSynonyms(query.text);
      const result = search(query);
      if (result.total > 0 || (query.text ?? '').trim() === '' || translator.has(wanted))
        return result;
      return (await translator.load(wanted)) ? search(query) : result;
    },
    suggest: (text, limit) => Promise.resolve(index.suggest(text, limit).map((s) => s.text)),
  };
}

/** A page of the server's `GET /api/v1/search`. */
interface ServerPage {
  readonly items: readonly Offer[];
  readonly total: number;
}

/**
 * Checks the outline of what the server answered before anything is rendered: offers with ids and texts, and
 * a total. The server validated every offer when it was stored; a full schema here would put zod into the page.
 */
function checkServerPage(data: unknown, url: string): ServerPage {
  const { items, total } = (typeof data === 'object' && data !== null ? data : {}) as Record<
    string,
    unknown
  >;
  const isOffer = (item: unknown): boolean =>
    typeof item === 'object' &&
    item !== null &&
    typeof (item as Partial<Offer>).id === 'string' &&
    typeof (item as Partial<Offer>).texts === 'object';
  const broken = Array.isArray(items) ? items.findIndex((item) => !isOffer(item)) : -1;
  const where = !Array.isArray(items)
    ? 'items'
    : broken >= 0
      ? `items[${broken}]`
      : !Number.isInteger(total) || (total as number) < 0
        ? 'total'
        : undefined;
  if (where !== undefined) {
    throw new LoadFailure(
      'format',
      `${url}: unerwartete Antwort bei ${where} (erwartet: items mit id und texts, total ≥ 0) / unexpected answer at ${where} (expected: items with id and texts, total ≥ 0)`,
    );
  }
  return { items: (items as Offer[]).map(withOfferDefaults), total: total as number };
}

const noFacets = (): FacetCounts =>
  Object.fromEntries(facetNames.map((f) => [f, {}])) as FacetCounts;

/**
 * The server's search API (`GET /api/v1/search` of `@vielfalt/server`): `q`, one value per filter
 * (`municipality`, `fieldOfAction`, `targetGroup`, `language`), `page` and `pageSize`; it answers a page of
 * offers and the total. It reports no facet counts, highlights or suggestions, so the element shows none; a
 * feed (`src`) gives the full experience. Only the first chosen value of a filter is sent.
 */
export function endpointSource(endpoint: string): OfferSearchSource {
  let inFlight: AbortController | undefined;
  const base = new URL(endpoint, document.baseURI);
  return {
    profile: undefined,
    actors: new Map<string, Actor>(),
    contacts: new Map<string, PublicContact>(),
    async search(query: OfferQueryInput): Promise<OfferSearchResult> {
      inFlight?.abort();
      inFlight = new AbortController();
      const url = new URL(base);
      const limit = query.limit ?? 20;
      url.searchParams.set('q', query.text ?? '');
      url.searchParams.set(
        'page',
        String(Math.floor((query.offset ?? 0) / Math.max(1, limit)) + 1),
      );
      url.searchParams.set('pageSize', String(limit));
      for (const facet of ['municipality', 'fieldOfAction', 'targetGroup', 'language'] as const) {
        const first = query.filters?.[facet]?.[0];
        if (first !== undefined) url.searchParams.set(facet, first);
      }
      const page = checkServerPage(await fetchJson(url.href, inFlight.signal), url.href);
      return {
        hits: page.items.map((offer) => ({ offer, score: 0, highlights: {} })),
        total: page.total,
        facets: noFacets(),
      };
    },
    suggest: () => Promise.resolve([]),
  };
}

/** Loads the source for `src` (fetching and indexing the feed) or `endpoint`. */
export async function loadSource(location: SourceLocation): Promise<OfferSearchSource> {
  if ('feed' in location) return feedSource(await loadFeed(location.feed));
  return endpointSource(location.endpoint);
}
