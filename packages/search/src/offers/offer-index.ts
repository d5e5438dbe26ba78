import type { Actor, CountyProfile, GeoPoint, Offer } from '@vielfalt/model';
import { isOpenAt } from '@vielfalt/model/helpers';
import { germanAnalyzer } from '../german/analyzer.js';
import { type HighlightRange, highlight } from '../highlight.js';
import { TopK } from '../top-k.js';
import { type IndexOptions, SearchIndex, type Suggestion, synonymStems } from '../search-index.js';
import { loadIndex } from '../serialize.js';
import type { QueryTranslation, QueryTranslator } from '../translation.js';
import { type FacetCounts, FacetTable, facetValuesOf, selection } from './facets.js';
import { type OfferDocument, offerDocument, offerFields } from './fields.js';
import { TitleOrder } from './title-order.js';
import { nearestKm, offerPoints, origin, radiusBox } from './geo.js';
import type { OfferQueryInput } from './query.js';
import { withQueryDefaults } from './query-shape.js';

/** Options of {@link createOfferIndex}. */
export interface OfferIndexOptions {
  /** The county profile: municipalities (names, centres), fields of action and taxonomies. */
  profile: CountyProfile;
  /** The providers, so that their names are searchable; default none. */
  actors?: readonly Actor[];
  /** The clock for `openAt: 'now'`; default the system clock. */
  now?: () => Date;
  /** Carries queries in other languages into German, e.g. `germanLexicon` from `@vielfalt/search/lexicon`. */
  translator?: QueryTranslator;
  /** Synonym groups; default the shipped German set. */
  synonyms?: readonly (readonly string[])[];
}

/** The text fields of an offer hit that carry highlight ranges. */
export type HighlightedField = 'title' | 'summary' | 'description';

/** One found offer. */
export interface OfferHit {
  /** The offer as it is in the index. */
  offer: Offer;
  /** Relevance; only comparable within one search. */
  score: number;
  /** Distance from the query's `near` to the offer's nearest place, when both are known. */
  distanceKm?: number;
  /** Ranges of the matched words in the offer's texts (in the profile's default language). */
  highlights: Partial<Record<HighlightedField, HighlightRange[]>>;
}

/** The answer to an offer search. */
export interface OfferSearchResult {
  /** The best offers of the requested page, best first (or nearest first when sorted by distance). */
  hits: OfferHit[];
  /** All offers that match and pass the filters (hits holds one page of them). */
  total: number;
  /** Counts per facet value that respect the other active filters. */
  facets: FacetCounts;
  /** A corrected query when this one found nothing and the correction finds something. */
  didYouMean?: string;
  /** The query's language when it was recognised as another than German. */
  language?: string;
}

// German function words that are English words too: no sign of a German query.
const ENGLISH_TOO = /^(?:also|will|was|die|war|man|den|bin|her|hat)$/i;

/** The fields that hold German text (all but the other languages' texts). */
const GERMAN_FIELDS = Object.keys(offerFields).filter((field) => field !== 'translations');

/** Boost for offers held in the language the query was written in. */
const LANGUAGE_BOOST = 1.3;

/**
 * The core index options for offers: fields, German analysis and the given synonyms; used to build and to load.
 * This module names no synonym list, so a page can load the German one on demand (`german-defaults.ts` adds it).
 */
export function indexOptionsFor(
  synonyms: readonly (readonly string[])[],
): IndexOptions<OfferDocument> {
  return { fields: offerFields, analyzer: germanAnalyzer, synonyms };
}

/** An offer search over the offers of one county: text, filters, facets, geo, opening times. */
export class OfferIndex {
  readonly #offers = new Map<string, Offer>();
  readonly #facets = new FacetTable();
  readonly #titles = new TitleOrder();
  /** The offers' titles for the translator, gathered again after a change. */
  #names: string[] | undefined;
  /** Per number in the text index: the offer's places, for geo queries (an array: read for every match). */
  readonly #points: (GeoPoint[] | undefined)[] = [];
  readonly #providers: ReadonlyMap<string, Actor>;
  readonly #options: OfferIndexOptions;

  /** @internal Use {@link createOfferIndex} or `loadOfferIndex`. */
  constructor(
    /** The generic index underneath. */
    readonly index: SearchIndex<OfferDocument>,
    offers: readonly Offer[],
    options: OfferIndexOptions,
  ) {
    this.#options = options;
    this.#providers = new Map((options.actors ?? []).map((a) => [a.id, a]));
    const numbers = new Map(index.ids.map((id, number) => [id, number]));
    for (const offer of offers) this.#remember(offer, numbers.get(offer.id));
  }

  /** The county profile the index was made for. */
  get profile(): CountyProfile {
    return this.#options.profile;
  }

  /** Number of offers. */
  get size(): number {
    return this.#offers.size;
  }

  /** The offer with this id. */
  get(id: string): Offer | undefined {
    return this.#offers.get(id);
  }

  /** Adds or replaces an offer. */
  update(offer: Offer): void {
    this.index.update(offerDocument(offer, this.profile, this.#providers));
    // The text index numbers a document anew when it is updated: the last one with this id is it.
    this.#remember(offer, this.index.ids.lastIndexOf(offer.id));
  }

  /** Removes an offer; returns false when there was none. */
  remove(id: string): boolean {
    this.#offers.delete(id);
    this.#forgetNumber(id);
    this.#titles.delete(id);
    this.#names = undefined;
    return this.index.remove(id);
  }

  /**
   * Replaces the synonym groups queries are expanded with. A page that opened its feed with `openOfferIndex`
   * adds the German ones before the first query:
   * `index.useSynonyms((await import('@vielfalt/search/synonyms')).germanSynonyms)`.
   */
  useSynonyms(groups: readonly (readonly string[])[]): void {
    this.index.synonyms = synonymStems(groups, this.index.analyzer);
  }

  /** Completions of the last word typed. */
  suggest(text: string, limit = 5): Suggestion[] {
    return this.index.suggest(text, limit);
  }

  /**
   * Searches offers. The text may be anything; the rest of the query is taken as typed, so parse queries from
   * outside (URLs, forms, requests) with `offerQuerySchema` first, as the server does.
   * ```ts
   * index.search({ text: 'deutschkurs', filters: { municipality: ['05562032'] }, free: true });
   * ```
   */
  search(input: OfferQueryInput): OfferSearchResult {
    const query = withQueryDefaults(input);
    const from = origin(query, this.profile);
    const when =
      query.openAt === undefined
        ? undefined
        : query.openAt === 'now'
          ? (this.#options.now ?? (() => new Date()))()
          : new Date(query.openAt);
    const distance = (number: number | undefined) =>
      from && number !== undefined ? nearestKm(from, this.#points[number] ?? []) : undefined;
    const box = from && query.radiusKm !== undefined ? radiusBox(from, query.radiusKm) : undefined;
    const outside = (id: string, number: number) => {
      if (box && query.radiusKm !== undefined) {
        // Most offers of a county lie far outside a small radius: the box rejects them without trigonometry.
        if (!(this.#points[number] ?? []).some(box)) return true;
        if (!((distance(number) ?? Infinity) <= query.radiusKm)) return true;
      }
      return when !== undefined && !isOpenAt((this.#offers.get(id) as Offer).schedule, when);
    };
    const facets = this.#facets.tally(selection(query));
    // The core calls `onMatch` and then `filter` for the same offer: the filter reads what `onMatch` decided.
    let passed = false;
    let total = 0;
    let matched = false;
    const onMatch = (id: string, _score: number, number: number) => {
      matched = true;
      passed = !outside(id, number) && facets.admit(number);
      if (passed) total++;
    };
    const translation = this.#translate(query.text);
    const text = translation?.text ?? query.text;
    const language = translation?.language;
    const limit = query.offset + query.limit;
    const sortKey =
      query.sort === 'distance' && from
        ? (id: string) => distance(this.#facets.numberOf(id)) ?? Infinity
        : undefined;
    const found = this.index.search(text, {
      limit,
      onMatch,
      filter: () => passed,
      boost: (id) =>
        language && this.#offers.get(id)?.languages.includes(language) ? LANGUAGE_BOOST : 1,
      ...(query.prefix === undefined ? {} : { prefix: query.prefix }),
      ...(sortKey ? { sortKey } : {}),
      ...(translation?.alternatives ? { alternatives: translation.alternatives } : {}),
    });
    // A query without words to search for (none, or stop words only, "Wie ") lists every offer that passes.
    // A stop word still being typed is searched as the start of a word ("Nach" → Nachhilfe): when it matched
    // offers that the filters then left out, the answer is none, as for any other word.
    const ranked =
      !matched && germanAnalyzer.tokenize(text).length === 0
        ? this.#listing(limit, sortKey, (id, number) => {
            onMatch(id, 0, number);
            return passed;
          })
        : found.hits;
    const hits = ranked
      .slice(query.offset)
      .map((hit) =>
        this.#hit(hit.id, hit.score, hit.terms, distance(this.#facets.numberOf(hit.id))),
      );
    const result = { hits, total } as OfferSearchResult;
    // Counted when read: a server that answers with the offers alone never reads them.
    lazily(result, 'facets', () => facets.counts);
    if (language) result.language = language;
    if (total === 0 && text.trim() !== '') {
      const corrected = this.index.didYouMean(text);
      if (corrected && this.index.search(corrected, { limit: 1, prefix: false }).total > 0)
        result.didYouMean = corrected;
    }
    return result;
  }

  /**
   * The query in German when it is in another language: a query in another script always, a Latin-script
   * query only when the index knows fewer than half of its words ("Job" or "Integration" stay German). From
   * three words on, a word counts as known only if the translator also kept it as typed (German texts quote
   * English: "female genital mutilation"), and German function words ("welche", "für") count as known.
   */
  #translate(text: string): QueryTranslation | undefined {
    const translation = this.#options.translator?.translate(
      text,
      (this.#names ??= [...this.#offers.keys()].map((id) => this.#title(id))),
    );
    if (!translation || translation.concepts === 0 || !translation.language) return undefined;
    // Only words that carry content count, and not the shortest ("ev" is Turkish for house, and "Ev." is
    // short for evangelisch in the index); the German texts decide what is German (offers' English or Arabic
    // texts in the translations field must not make a foreign query look German).
    const all = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
    const words = all.filter((w) => germanAnalyzer.tokenize(w).length > 0);
    const latin = words.filter((w) => /^\p{Script=Latin}/u.test(w));
    if (latin.length < words.length / 2) return translation;
    const functionWords = all.filter(
      (w) => /^\p{Script=Latin}/u.test(w) && !ENGLISH_TOO.test(w) && !words.includes(w),
    ).length;
    const term = (w: string) => germanAnalyzer.tokenize(w).map((t) => t.term);
    const kept = new Set(term(translation.text));
    const known = latin.filter(
      (w) =>
        (latin.length < 3 || kept.has(term(w)[0] as string)) && this.index.knows(w, GERMAN_FIELDS),
    ).length;
    return (known + functionWords) * 2 < latin.length + functionWords ? translation : undefined;
  }

  /** The answer to a search without words: every offer that passes, by title (or by `sortKey`, then title). */
  #listing(
    limit: number,
    sortKey: ((id: string) => number) | undefined,
    passes: (id: string, number: number) => boolean,
  ): { id: string; score: number; terms: string[] }[] {
    const top = new TopK(limit);
    this.#titles.ids().forEach(({ id, number }, rank) => {
      if (number !== undefined && passes(id, number)) top.push(id, -rank, 0, sortKey?.(id) ?? 0);
    });
    return top.sorted().map(({ id }) => ({ id, score: 0, terms: [] }));
  }

  /** Keeps an offer; `number` is its number in the text index (none for an offer the index lacks: no search finds it). */
  #remember(offer: Offer, number: number | undefined): void {
    this.#offers.set(offer.id, offer);
    this.#titles.set(offer.id, this.#title(offer.id), number);
    this.#names = undefined;
    this.#forgetNumber(offer.id);
    if (number === undefined) return;
    this.#facets.set(offer.id, number, facetValuesOf(offer, this.profile));
    this.#points[number] = offerPoints(offer, this.profile);
  }

  /** Drops what is kept under an offer's number in the text index, which an update or removal retires. */
  #forgetNumber(id: string): void {
    const number = this.#facets.numberOf(id);
    if (number === undefined) return;
    this.#facets.delete(id);
    this.#points[number] = undefined;
  }

  #texts(id: string) {
    const offer = this.#offers.get(id) as Offer;
    return offer.texts[this.profile.defaultLanguage] ?? Object.values(offer.texts)[0];
  }

  #title(id: string): string {
    return this.#texts(id)?.title ?? id;
  }

  #hit(id: string, score: number, terms: string[], km: number | undefined): OfferHit {
    const hit = { offer: this.#offers.get(id) as Offer, score } as OfferHit;
    // Highlighting analyses the texts of every hit again: done only for the hits whose highlights are read.
    lazily(hit, 'highlights', () => {
      const texts = this.#texts(id);
      const highlights: OfferHit['highlights'] = {};
      for (const field of ['title', 'summary', 'description'] as const) {
        const text = texts?.[field];
        if (text) highlights[field] = highlight(germanAnalyzer, text, terms);
      }
      return highlights;
    });
    if (km !== undefined) hit.distanceKm = Math.round(km * 100) / 100;
    return hit;
  }
}

/**
 * Makes `key` of `target` an ordinary-looking property (enumerable, so `JSON.stringify`, spreading and
 * `structuredClone` see it) whose value is computed on first read and then kept.
 */
function lazily<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  const keep = (value: T[K]) =>
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => keep(compute())[key],
    set: keep,
  });
}

/** `createOfferIndex` without a default synonym list: none unless `options.synonyms` names one. */
export function buildOfferIndex(offers: readonly Offer[], options: OfferIndexOptions): OfferIndex {
  const providers = new Map((options.actors ?? []).map((a) => [a.id, a]));
  const index = new SearchIndex(indexOptionsFor(options.synonyms ?? []));
  for (const offer of offers) index.add(offerDocument(offer, options.profile, providers));
  return new OfferIndex(index, offers, options);
}

/** `offerIndexFromSerialized` without a default synonym list: none unless `options.synonyms` names one. */
export function wrapSerializedIndex(
  serialized: unknown,
  offers: readonly Offer[],
  options: OfferIndexOptions,
): OfferIndex {
  return new OfferIndex(
    loadIndex(serialized, indexOptionsFor(options.synonyms ?? [])),
    offers,
    options,
  );
}
