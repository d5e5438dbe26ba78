import { type Analyzer, simpleAnalyzer } from './analyzer.js';
import {
  MAX_WORD_LENGTH,
  type MatchWeights,
  type QueryTerm,
  defaultMatchWeights,
  expandQuery,
  relaxQuery,
} from './expand.js';
import { PROXIMITY_TERMS, Scorer, proximity } from './scoring.js';
import { TopK } from './top-k.js';
import { Vocabulary } from './vocabulary.js';

/** How one text field of the documents counts. */
export interface FieldOptions {
  /** Weight of a match in this field; default 1. Applied before saturation (BM25F). */
  boost?: number;
  /** Length normalization between 0 (none) and 1 (full); default 0.75. */
  b?: number;
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
  /** BM25 term-frequency saturation; default 1.2. */
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
  /** Sees every document that matches the query, before `filter`; used for facet counts. */
  onMatch?: (id: string, score: number) => void;
  /** Orders hits by this instead of score (ties by score, then id); e.g. distance. */
  sortKey?: (id: string) => number;
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
  /** @internal Per term id: `doc, packed` pairs with packed = position·4096 + tf·16 + field. */
  readonly postings: number[][] = [];
  /** @internal Document ids by document number; removed documents leave a hole. */
  readonly ids: (string | undefined)[] = [];
  /** @internal Term ids per document number. */
  readonly docTerms: (Int32Array | undefined)[] = [];
  /** @internal Field lengths, `docNumber * fields + field`. */
  readonly lengths: number[] = [];
  private readonly numbers = new Map<string, number>();
  /** @internal Total length per field. */
  readonly totals: number[];
  /** @internal Boost per field. */
  readonly boosts: number[];
  /** @internal Length normalization per field. */
  readonly bs: number[];
  /** @internal BM25 saturation. */
  readonly k1: number;
  private readonly weights: MatchWeights;
  private readonly synonyms = new Map<string, string[]>();
  private readonly display: string[] = [];
  private readonly scorer: Scorer = new Scorer(this as SearchIndex<unknown>);

  constructor(private readonly options: IndexOptions<D>) {
    this.analyzer = options.analyzer ?? simpleAnalyzer;
    this.vocabulary = new Vocabulary(this.analyzer.stem);
    this.fieldNames = Object.keys(options.fields);
    if (this.fieldNames.length === 0 || this.fieldNames.length > 16) {
      throw new RangeError(
        `createIndex: 1 to 16 fields erwartet / expected, gefunden / found: ${this.fieldNames.length}`,
      );
    }
    this.boosts = this.fieldNames.map((f) => options.fields[f]?.boost ?? 1);
    this.bs = this.fieldNames.map((f) => options.fields[f]?.b ?? 0.75);
    this.totals = this.fieldNames.map(() => 0);
    this.k1 = options.k1 ?? 1.2;
    this.weights = { ...defaultMatchWeights, ...options.weights };
    for (const group of options.synonyms ?? []) {
      const stems = [
        ...new Set(
          group.flatMap((word) =>
            this.analyzer
              .tokenize(word)
              .slice(-1)
              .map((t) => this.analyzer.stem(t.term)),
          ),
        ),
      ];
      for (const stem of stems)
        this.synonyms.set(stem, [
          ...new Set([...(this.synonyms.get(stem) ?? []), ...stems.filter((s) => s !== stem)]),
        ]);
    }
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.numbers.size;
  }

  /** Whether a document with this id is in the index. */
  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Adds a document; throws if its id is already indexed (use {@link SearchIndex.update}). */
  add(doc: D): void {
    const id = this.idOf(doc);
    if (this.numbers.has(id))
      throw new Error(
        `add: Dokument „${id}“ ist schon im Index / document "${id}" is already indexed; use update`,
      );
    const entries = new Map<number, number[]>();
    const lengths = this.fieldNames.map((field, f) => {
      const value = this.extract(doc, field);
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
    this.numbers.set(id, doc);
    lengths.forEach((length, f) => {
      this.lengths[doc * this.fieldNames.length + f] = length;
      this.totals[f] = (this.totals[f] as number) + length;
    });
    for (const [termId, list] of entries) {
      const postings = (this.postings[termId] ??= []);
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
    this.docTerms[doc] = Int32Array.from(entries.keys());
  }

  /**
   * @internal Fills an empty index from decoded postings (`doc, packed` pairs per term, documents
   * ascending), as loading a prebuilt index does; faster than adding documents one by one.
   */
  restore(
    ids: string[],
    lengths: number[],
    terms: string[],
    display: string[],
    postings: number[][],
  ): void {
    ids.forEach((id, doc) => {
      this.ids.push(id);
      this.numbers.set(id, doc);
    });
    const fields = this.fieldNames.length;
    lengths.forEach((length, i) => {
      this.lengths.push(length);
      this.totals[i % fields] = (this.totals[i % fields] as number) + length;
    });
    const perDoc = new Int32Array(ids.length);
    const termIds = terms.map((term, t) => {
      const termId = this.vocabulary.intern(term);
      this.display[termId] = display[t] || term;
      const list = postings[t] as number[];
      this.postings[termId] = list;
      let df = 0;
      for (let i = 0; i < list.length; i += 2) {
        if (i === 0 || list[i] !== list[i - 2]) {
          const doc = list[i] as number;
          df++;
          perDoc[doc] = (perDoc[doc] as number) + 1;
        }
      }
      this.vocabulary.setCount(termId, df);
      return termId;
    });
    const filled = new Int32Array(ids.length);
    ids.forEach((_, doc) => (this.docTerms[doc] = new Int32Array(perDoc[doc] as number)));
    termIds.forEach((termId) => {
      const list = this.postings[termId] as number[];
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i] as number;
        if (i > 0 && list[i - 2] === doc) continue;
        const at = filled[doc] as number;
        (this.docTerms[doc] as Int32Array)[at] = termId;
        filled[doc] = at + 1;
      }
    });
  }

  /** Removes the document with this id; returns false when there was none. */
  remove(id: string): boolean {
    const doc = this.numbers.get(id);
    if (doc === undefined) return false;
    for (const termId of this.docTerms[doc] ?? []) {
      const old = this.postings[termId] as number[];
      const kept: number[] = [];
      for (let i = 0; i < old.length; i += 2)
        if (old[i] !== doc) kept.push(old[i] as number, old[i + 1] as number);
      this.postings[termId] = kept;
      this.vocabulary.count(termId, -1);
    }
    this.fieldNames.forEach((_, f) => {
      this.totals[f] =
        (this.totals[f] as number) - (this.lengths[doc * this.fieldNames.length + f] as number);
    });
    this.ids[doc] = undefined;
    this.docTerms[doc] = undefined;
    this.numbers.delete(id);
    return true;
  }

  /** Replaces the document with the same id (or adds it). */
  update(doc: D): void {
    this.remove(this.idOf(doc));
    this.add(doc);
  }

  /** Searches with OR semantics: any query word may match, documents matching more words rank higher. */
  search(query: string, options: SearchOptions = {}): SearchResult {
    const prefix = options.prefix ?? !/\s$/u.test(query);
    const context = {
      analyzer: this.analyzer,
      vocabulary: this.vocabulary,
      weights: this.weights,
      synonyms: this.synonyms,
    };
    let terms = expandQuery(query, prefix, options.fuzzy ?? true, context);
    if (terms.length === 0 || this.size === 0) return { hits: [], total: 0 };
    // Nothing found: relax rather than answer with nothing (the weights keep relaxed matches ranked low).
    if (terms.every((t) => t.variants.size === 0)) terms = relaxQuery(terms, context);
    const touched = this.scorer.score(terms);
    const { sum, matched, places } = this.scorer.scratch;
    const slots = places.slice(0, Math.min(terms.length, PROXIMITY_TERMS));
    const top = new TopK(options.limit ?? 20, options.sortKey !== undefined);
    let total = 0;
    for (const doc of touched) {
      const id = this.ids[doc] as string;
      const coordination = (matched[doc] as number) / terms.length;
      let score =
        (sum[doc] as number) *
        coordination *
        (1 + proximity(doc, slots)) *
        (options.boost?.(id) ?? 1);
      score = Math.round(score * 1e9) / 1e9; // equal scores must compare equal whatever the summation order
      sum[doc] = 0;
      matched[doc] = 0;
      for (const slot of slots) slot[doc] = 0;
      options.onMatch?.(id, score);
      if (options.filter && !options.filter(id)) continue;
      total++;
      top.push(id, score, doc, options.sortKey?.(id) ?? 0);
    }
    const hits = top
      .sorted()
      .map(({ id, score, doc }) => ({ id, score, terms: this.matchedTerms(doc, terms) }));
    return { hits, total };
  }

  /** Completions of the last word of a query, the words most documents hold first. */
  suggest(query: string, limit = 5): Suggestion[] {
    // Only the end of the query matters; looking at a bounded tail keeps pasted text cheap.
    const tail = query.slice(-MAX_WORD_LENGTH);
    const match = /[\p{L}\p{M}\p{N}]+$/u.exec(tail);
    if (!match) return [];
    const word = this.analyzer.tokenize(match[0])[0]?.term;
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
        const postings = this.postings[termId] as number[];
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

  /** @internal How a term was written where first seen (for suggestions). */
  displayOf(termId: number): string {
    return this.display[termId] ?? (this.vocabulary.terms[termId] as string);
  }

  /** @internal Sets how a term is shown (when loading an index). */
  setDisplay(termId: number, text: string): void {
    this.display[termId] = text;
  }

  private idOf(doc: D): string {
    const id = this.options.idOf ? this.options.idOf(doc) : (doc as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '')
      throw new TypeError('add: Dokument ohne Text-id / document without a string id');
    return id;
  }

  private extract(doc: D, field: string): string | readonly string[] | undefined {
    if (this.options.extract) return this.options.extract(doc, field);
    const value = (doc as Record<string, unknown>)[field];
    return typeof value === 'string' || Array.isArray(value)
      ? (value as string | string[])
      : undefined;
  }

  private matchedTerms(doc: number, terms: QueryTerm[]): string[] {
    const held = new Set(this.docTerms[doc]);
    const found = new Set<string>();
    for (const term of terms)
      for (const termId of term.variants.keys())
        if (held.has(termId)) found.add(this.vocabulary.terms[termId] as string);
    return [...found].sort();
  }
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
