import { type Analyzer, foldCase, simpleAnalyzer } from './analyzer.js';
import {
  MAX_WORD_LENGTH,
  type MatchWeights,
  type QueryTerm,
  defaultMatchWeights,
  expandQuery,
  joinAlternatives,
  relaxQuery,
  phraseKey,
} from './expand.js';
import { bisect } from './sorted.js';
import { Scorer, proximity } from './scoring.js';
import { unpackPostings } from './packed.js';
import { TopK } from './top-k.js';
import { Vocabulary } from './vocabulary.js';

/** How one text field of the documents counts. */
export interface FieldOptions {
  /** Weight of a match in this field; default 1. Applied before saturation (BM25F). */
  boost?: number;
  /** Length normalization between 0 (none) and 1 (full); default 0.75. */
  b?: number;
  /**
   * Bonus for a document whose text in this field the query covers (a title that says just what was asked):
   * its score grows by this weight times the share of the field's words the query matches, at most doubled;
   * default 0.
   */
  coverage?: number;
}

/** Options of {@link createIndex}. Every option but `fields` has a default. */
export interface IndexOptions<D> {
  /** The text fields to index, with their boosts, e.g. `{ title: { boost: 3 }, body: {} }`. */
  fields: Record<string, FieldOptions>;
  /** Reads a field's text from a document; default `doc[field]` (a string or an array of strings). */
  extract?: (doc: D, field: string) => string | readonly string[] | undefined;
  /** A document's unique id; default `doc.id`. */
  idOf?: (doc: D) => string;
  /** Turns text into terms; default {@link simpleAnalyzer}. Use `germanAnalyzer` from `@vielfalt/search/german` for German. */
  analyzer?: Analyzer;
  /** Groups of words that mean the same; matched with {@link MatchWeights.synonym}. Default none. */
  synonyms?: readonly (readonly string[])[];
  /** BM25 term-frequency saturation; default 1.5. */
  k1?: number;
  /** Weights of the kinds of match; defaults in {@link defaultMatchWeights}. */
  weights?: Partial<MatchWeights>;
}

/** Options of one search. */
export interface SearchOptions {
  /** Most hits returned; default 20. `total` still counts every hit. */
  limit?: number;
  /** Treat the last word as the start of a word (search-as-you-type); default: unless the query ends in a space. */
  prefix?: boolean;
  /** Allow typos by word length (1 edit from 5 letters, 2 from 9); default true. */
  fuzzy?: boolean;
  /** Keeps only the documents for which it returns true. */
  filter?: (id: string) => boolean;
  /** Multiplies a document's score (e.g. by spoken language or distance); default 1. */
  boost?: (id: string) => number;
  /**
   * Sees every document that matches the query, before `filter`; used for facet counts. `number` is the
   * document's number in this index (the same while it stays indexed, never given to another document), for
   * callers that keep per-document data in arrays.
   */
  onMatch?: (id: string, score: number, number: number) => void;
  /** Orders hits by this instead of score (ties by score, then id); e.g. distance. */
  sortKey?: (id: string) => number;
  /**
   * Words of the query that are alternatives of one meaning (a translated word's German words, "Wohnung
   * Unterkunft"): each group is searched as one query word, matched by its best member, so that a word with
   * two translations weighs as one.
   */
  alternatives?: readonly (readonly string[])[];
}

/** One found document. */
export interface Hit {
  /** The document's id. */
  id: string;
  /** Relevance; only comparable within one search. */
  score: number;
  /** The index terms of the document that the query matched (for highlighting). */
  terms: string[];
}

/** The answer to a search. */
export interface SearchResult {
  /** The best documents, best first (one page of them). */
  hits: Hit[];
  /** Number of documents that match the query and pass the filter. */
  total: number;
}

/** A completion of the query typed so far. */
export interface Suggestion {
  /** The whole query with its last word completed. */
  text: string;
  /** Number of documents holding the completed word. */
  count: number;
}

const POSITION_LIMIT = 0x7ffff;
const FIELD_GAP = 50;

/**
 * A full-text index over any documents with declared text fields: BM25F ranking (field boosts applied
 * before saturation), a bonus for query words close together or in order, and a bonus for documents that
 * match more of the query words. Ties are broken by id, so results are deterministic.
 */
export class SearchIndex<D> {
  /** @internal */ readonly vocabulary: Vocabulary;
  /** @internal */ readonly fieldNames: string[];
  /** @internal */ readonly analyzer: Analyzer;
  /**
   * @internal Per term id: `doc, packed` pairs with packed = position·4096 + tf·16 + field, documents
   * ascending. A loaded index unpacks a term's list on first use: read them through {@link postingsOf}.
   */
  readonly #postings: (number[] | undefined)[] = [];
  /** Packed postings (see `packed.ts`) of a loaded index that no search has needed yet, by term id. */
  readonly #packedPostings: (string | undefined)[] = [];
  /** @internal Document ids by document number; removed documents leave a hole. */
  readonly ids: (string | undefined)[] = [];
  /**
   * Term ids per document number, for removing. They are filled from the postings on the first removal, so
   * building and loading skip them (building 50,000 offers took 13 % less without); documents added after
   * that record their own.
   */
  readonly #docTerms: (Int32Array | undefined)[] = [];
  #docTermsPending = true;
  /** @internal Field lengths, `docNumber * fields + field`. */
  lengths: number[] = [];
  readonly #numbers = new Map<string, number>();
  /** @internal Total length per field. */
  readonly totals: number[];
  /** @internal Boost per field. */
  readonly boosts: number[];
  /** @internal Length normalization per field. */
  readonly bs: number[];
  /** @internal Coverage bonus per field. */
  readonly coverages: number[];
  /** @internal BM25 saturation. */
  readonly k1: number;
  readonly #weights: MatchWeights;
  /** @internal Replaced by `OfferIndex.useSynonyms`. */
  synonyms: SynonymStems;
  /** @internal How each term was written where first seen (for suggestions), by term id. */
  readonly display: string[] = [];
  readonly #scorer: Scorer = new Scorer(this as SearchIndex<unknown>);
  readonly #options: IndexOptions<D>;

  constructor(options: IndexOptions<D>) {
    this.#options = options;
    this.analyzer = options.analyzer ?? simpleAnalyzer;
    this.vocabulary = new Vocabulary(this.analyzer.stem);
    this.fieldNames = Object.keys(options.fields);
    if (this.fieldNames.length === 0 || this.fieldNames.length > 16) {
      throw new RangeError(
        `createIndex: 1 to 16 fields erwartet / expected, gefunden / found: ${this.fieldNames.length}`,
      );
    }
    const option = (key: keyof FieldOptions, fallback: number) =>
      this.fieldNames.map((f) => options.fields[f]?.[key] ?? fallback);
    this.boosts = option('boost', 1);
    this.bs = option('b', 0.75);
    this.coverages = option('coverage', 0);
    this.totals = this.fieldNames.map(() => 0);
    this.k1 = options.k1 ?? 1.5;
    this.#weights = { ...defaultMatchWeights, ...options.weights };
    this.synonyms = synonymStems(options.synonyms ?? [], this.analyzer);
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.#numbers.size;
  }

  /** Whether a document with this id is in the index. */
  has(id: string): boolean {
    return this.#numbers.has(id);
  }

  /** Adds a document; throws if its id is already indexed (use {@link SearchIndex.update}). */
  add(doc: D): void {
    const id = this.#idOf(doc);
    if (this.#numbers.has(id))
      throw new Error(
        `add: Dokument „${id}“ ist schon im Index / document "${id}" is already indexed; use update`,
      );
    const entries = new Map<number, number[]>();
    const lengths = this.fieldNames.map((field, f) => {
      const value = this.#extract(doc, field);
      const texts = typeof value === 'string' ? [value] : (value ?? []);
      let offset = 0;
      let length = 0;
      for (const text of texts) {
        const tokens = this.analyzer.tokenize(text);
        for (const token of tokens) {
          const termId = this.vocabulary.intern(token.term);
          this.display[termId] ??= text.slice(token.start, token.end).toLowerCase();
          const list = entries.get(termId) ?? [];
          if (list.length === 0) entries.set(termId, list);
          const at = list.length - 3;
          if (at >= 0 && list[at] === f) list[at + 1] = (list[at + 1] as number) + 1;
          else list.push(f, 1, Math.min(offset + token.position, POSITION_LIMIT));
        }
        length += tokens.length;
        offset += (tokens.at(-1)?.position ?? 0) + FIELD_GAP;
      }
      return length;
    });
    this.insert(id, lengths, entries);
  }

  /** @internal Adds a document from its field lengths and per-term `field, tf, position` triples. */
  insert(id: string, lengths: number[], entries: Map<number, number[]>): void {
    const doc = this.ids.length;
    this.ids.push(id);
    this.#numbers.set(id, doc);
    lengths.forEach((length, f) => {
      this.lengths[doc * this.fieldNames.length + f] = length;
    });
    this.#addLengths(doc, 1);
    for (const [termId, list] of entries) {
      const postings = this.postingsOf(termId);
      for (let i = 0; i < list.length; i += 3) {
        postings.push(
          doc,
          (list[i + 2] as number) * 4096 +
            Math.min(list[i + 1] as number, 255) * 16 +
            (list[i] as number),
        );
      }
      this.vocabulary.count(termId, 1);
    }
    if (!this.#docTermsPending) this.#docTerms[doc] = Int32Array.from(entries.keys());
  }

  /** @internal A term's postings (`doc, packed` pairs, documents ascending), unpacked on first use. */
  postingsOf(termId: number): number[] {
    let list = this.#postings[termId];
    if (list === undefined) {
      list = [];
      unpackPostings(
        this.#packedPostings[termId] ?? '',
        'postings',
        this.ids.length,
        this.fieldNames.length,
        list,
      );
      this.#postings[termId] = list;
      this.#packedPostings[termId] = undefined;
    }
    return list;
  }

  /**
   * @internal Fills an empty index from a prebuilt one: terms sorted, with their stems, checked packed
   * postings and document counts. Postings stay packed until a search needs them.
   */
  restore(
    ids: string[],
    lengths: number[],
    terms: string[],
    stems: string[],
    display: string[],
    postings: string[],
    counts: number[],
  ): void {
    this.lengths = lengths;
    ids.forEach((id, doc) => {
      this.ids.push(id);
      this.#numbers.set(id, doc);
      this.#addLengths(doc, 1);
    });
    terms.forEach((term, t) => {
      const termId = this.vocabulary.intern(term, stems[t]);
      this.display[termId] = display[t] || term;
      this.#packedPostings[termId] = postings[t];
      this.vocabulary.setCount(termId, counts[t] as number);
    });
  }

  /** Fills the term ids per document from the postings, once, on the first removal. */
  #completeDocTerms(): void {
    if (!this.#docTermsPending) return;
    const perDoc: number[][] = this.ids.map(() => []);
    this.vocabulary.terms.forEach((_, termId) => {
      const list = this.postingsOf(termId);
      for (let i = 0; i < list.length; i += 2)
        if (i === 0 || list[i - 2] !== list[i]) perDoc[list[i] as number]?.push(termId);
    });
    perDoc.forEach((termIds, doc) => {
      if (this.ids[doc] !== undefined) this.#docTerms[doc] = Int32Array.from(termIds);
    });
    this.#docTermsPending = false;
  }

  /** Removes the document with this id; returns false when there was none. */
  remove(id: string): boolean {
    const doc = this.#numbers.get(id);
    if (doc === undefined) return false;
    this.#completeDocTerms();
    for (const termId of this.#docTerms[doc] ?? []) {
      const old = this.postingsOf(termId);
      const kept: number[] = [];
      for (let i = 0; i < old.length; i += 2)
        if (old[i] !== doc) kept.push(old[i] as number, old[i + 1] as number);
      this.#postings[termId] = kept;
      this.vocabulary.count(termId, -1);
    }
    this.#addLengths(doc, -1);
    this.ids[doc] = undefined;
    this.#docTerms[doc] = undefined;
    this.#numbers.delete(id);
    return true;
  }

  /** Adds a document's field lengths to the totals (`sign` 1) or takes them away (-1). */
  #addLengths(doc: number, sign: number): void {
    this.totals.forEach((total, f) => {
      this.totals[f] = total + sign * (this.lengths[doc * this.totals.length + f] as number);
    });
  }

  /** Replaces the document with the same id (or adds it). */
  update(doc: D): void {
    this.remove(this.#idOf(doc));
    this.add(doc);
  }

  /** Searches with OR semantics: any query word may match, documents matching more words rank higher. */
  search(query: string, options: SearchOptions = {}): SearchResult {
    const prefix = options.prefix ?? !/\s$/u.test(query);
    const context = {
      analyzer: this.analyzer,
      vocabulary: this.vocabulary,
      weights: this.#weights,
      synonyms: this.synonyms.words,
      phrases: this.synonyms.phrases,
    };
    let terms = expandQuery(query, prefix, options.fuzzy ?? true, context);
    if (options.alternatives) terms = joinAlternatives(terms, options.alternatives, context);
    if (terms.length === 0 || this.size === 0) return { hits: [], total: 0 };
    // Nothing found: relax rather than answer with nothing (the weights keep relaxed matches ranked low).
    if (terms.every((t) => t.variants.size === 0)) terms = relaxQuery(terms, context);
    const touched = this.#scorer.score(terms);
    const { sum, matched, places, covered } = this.#scorer.scratch;
    const slots = places.slice(0, terms.length); // the first PROXIMITY_TERMS terms have places
    const top = new TopK(options.limit ?? 20);
    let total = 0;
    for (const doc of touched) {
      const id = this.ids[doc] as string;
      // Coordination by IDF: matching a rare word of the query counts for more than matching a common one, so
      // a general word ("Deutschland", "Vorteile") that many pages hold does not double a page's score.
      const coordination = (matched[doc] as number) / this.#scorer.totalIdf;
      let score =
        (sum[doc] as number) *
        coordination *
        (1 + proximity(doc, slots)) *
        (1 + Math.min(covered[doc] as number, 1)) *
        (options.boost?.(id) ?? 1);
      score = Math.round(score * 1e9) / 1e9; // equal scores must compare equal whatever the summation order
      sum[doc] = 0;
      matched[doc] = 0;
      covered[doc] = 0;
      for (const slot of slots) slot[doc] = 0;
      options.onMatch?.(id, score, doc);
      if (options.filter && !options.filter(id)) continue;
      total++;
      top.push(id, score, doc, options.sortKey?.(id) ?? 0);
    }
    const hits = top
      .sorted()
      .map(({ id, score, doc }) => ({ id, score, terms: this.#matchedTerms(doc, terms) }));
    return { hits, total };
  }

  /** Completions of the last word of a query, the words most documents hold first. */
  suggest(query: string, limit = 5): Suggestion[] {
    // Only the end of the query matters; looking at a bounded tail keeps pasted text cheap.
    const tail = query.slice(-MAX_WORD_LENGTH);
    const match = /[\p{L}\p{M}\p{N}]+$/u.exec(tail);
    if (!match) return [];
    // A stop word is completed too: "Nach" is on its way to "Nachhilfe".
    const word = this.analyzer.tokenize(match[0])[0]?.term ?? foldCase(match[0]);
    if (!word) return [];
    const head = query.slice(0, query.length - tail.length + match.index);
    return this.vocabulary
      .withPrefix(word, limit)
      .map((id) => ({
        text: head + (this.display[id] as string),
        count: this.vocabulary.df[id] as number,
      }))
      .filter((s) => !/[\s-]/u.test(s.text.slice(head.length)));
  }

  /**
   * Whether the index holds this word in any inflection (after analysis; stop words are never held),
   * optionally only in some fields.
   */
  knows(word: string, inFields: readonly string[] = this.fieldNames): boolean {
    const wanted = new Set(inFields.map((f) => this.fieldNames.indexOf(f)));
    return this.analyzer.tokenize(word).some((token) =>
      this.vocabulary.stemGroup(this.analyzer.stem(token.term)).some((termId) => {
        const postings = this.postingsOf(termId);
        for (let i = 1; i < postings.length; i += 2)
          if (wanted.has((postings[i] as number) & 15)) return true;
        return false;
      }),
    );
  }

  /** Words of the index closest to each unknown query word, as a corrected query; undefined if none is better. */
  didYouMean(query: string): string | undefined {
    let changed = false;
    const words = this.analyzer.tokenize(query).map((token) => {
      if (
        token.term.length > MAX_WORD_LENGTH ||
        this.vocabulary.live(token.term) !== undefined ||
        this.vocabulary.hasStem(this.analyzer.stem(token.term))
      )
        return token.term;
      const near = this.vocabulary.near(
        token.term,
        Math.max(1, Math.min(3, Math.floor(token.term.length / 3))),
      );
      near.sort(
        (a, b) =>
          a.distance - b.distance ||
          (this.vocabulary.df[b.id] as number) - (this.vocabulary.df[a.id] as number),
      );
      const best = near[0];
      if (!best) return token.term;
      changed = true;
      return this.display[best.id] as string;
    });
    return changed ? words.join(' ') : undefined;
  }

  #idOf(doc: D): string {
    const id = this.#options.idOf ? this.#options.idOf(doc) : (doc as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '')
      throw new TypeError('add: Dokument ohne Text-id / document without a string id');
    return id;
  }

  #extract(doc: D, field: string): string | readonly string[] | undefined {
    if (this.#options.extract) return this.#options.extract(doc, field);
    const value = (doc as Record<string, unknown>)[field];
    return typeof value === 'string' || Array.isArray(value)
      ? (value as string | string[])
      : undefined;
  }

  #matchedTerms(doc: number, terms: QueryTerm[]): string[] {
    const found = new Set<string>();
    for (const term of terms)
      for (const termId of term.variants.keys())
        if (holds(this.postingsOf(termId), doc)) found.add(this.vocabulary.terms[termId] as string);
    return [...found].sort();
  }
}

/** Synonym groups as query expansion uses them: single words and phrases of several words, as stems. */
interface SynonymStems {
  /** Stem of a word → the stems of the single words of its groups. */
  words: Map<string, string[]>;
  /** A phrase's stems as `phraseKey` joins them → the stems of the single words of its groups. */
  phrases: Map<string, string[]>;
}

/** Synonym maps by group list and analyzer: every index over the same groups shares one (it is never changed). */
const synonymCache = new WeakMap<object, WeakMap<Analyzer, SynonymStems>>();

/**
 * The stems of synonym groups. An entry of several words ("Deutsch lernen") is a phrase: the query words next
 * to each other, in any order, bring in the group's single words; the group's words do not bring in the phrase.
 */
export function synonymStems(
  groups: readonly (readonly string[])[],
  analyzer: Analyzer,
): SynonymStems {
  const byAnalyzer = synonymCache.get(groups) ?? new WeakMap<Analyzer, SynonymStems>();
  synonymCache.set(groups, byAnalyzer);
  const cached = byAnalyzer.get(analyzer);
  if (cached) return cached;
  const result: SynonymStems = { words: new Map(), phrases: new Map() };
  const extend = (map: Map<string, string[]>, key: string, stems: string[]) =>
    map.set(key, [...new Set([...(map.get(key) ?? []), ...stems.filter((s) => s !== key)])]);
  for (const group of groups) {
    const entries = group.map((entry) =>
      analyzer.tokenize(entry).map((t) => analyzer.stem(t.term)),
    );
    const single = [...new Set(entries.filter((e) => e.length === 1).map((e) => e[0] as string))];
    for (const stem of single) extend(result.words, stem, single);
    for (const phrase of entries.filter((e) => e.length > 1))
      extend(result.phrases, phraseKey(phrase), single);
  }
  byAnalyzer.set(analyzer, result);
  return result;
}

/** Whether postings (`doc, packed` pairs, documents ascending) hold a document. */
function holds(postings: number[], doc: number): boolean {
  return (
    postings[2 * bisect(postings.length / 2, (i) => (postings[2 * i] as number) < doc)] === doc
  );
}

/**
 * Creates an empty index. Only `fields` is required:
 * ```ts
 * const index = createIndex<Page>({ fields: { title: { boost: 3 }, body: {} }, analyzer: germanAnalyzer });
 * index.add({ id: 'p1', title: 'Sprachkurse', body: '…' });
 * index.search('sprachkurs');
 * ```
 */
export function createIndex<D>(options: IndexOptions<D>): SearchIndex<D> {
  return new SearchIndex(options);
}
