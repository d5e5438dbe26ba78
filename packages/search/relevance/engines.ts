/**
 * The engines compared in the relevance test and the benchmark, behind one small interface. Every engine
 * indexes the same flattened offer texts (`OfferDocument`) and answers with OR semantics, top k, so that
 * the comparison is fair. Peers are configured as their docs recommend for typo-tolerant German search.
 */
import {
  create,
  insertMultiple,
  load as oramaLoad,
  save as oramaSave,
  search as oramaSearch,
} from '@orama/orama';
import { Charset, Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import {
  type OfferDocument,
  type OfferField,
  SearchIndex,
  loadIndex,
  offerFields,
  offerIndexOptions,
  serializeIndex,
} from '../src/index.js';

/** A built index that answers queries with document ids, best first. */
export interface Engine {
  /** Top `k` ids under OR semantics; `filter` keeps only some documents (applied while or after searching). */
  search(text: string, k: number, filter?: (id: string) => boolean): string[];
  /** The prebuilt index as the engine writes it. */
  serialize(): string;
}

/** An engine under comparison. */
export interface EngineFactory {
  name: string;
  build(docs: readonly OfferDocument[]): Promise<Engine>;
  /** Loads what {@link Engine.serialize} wrote. */
  load(data: string): Promise<Engine>;
}

/** Peers filter their ranked list afterwards: ask for more, keep the first k that pass. */
function afterwards(
  ranked: (k: number) => string[],
  k: number,
  filter?: (id: string) => boolean,
): string[] {
  if (!filter) return ranked(k);
  return ranked(Math.max(k * 50, 1000))
    .filter(filter)
    .slice(0, k);
}

const fields = Object.keys(offerFields) as OfferField[];
const flat = (doc: OfferDocument) =>
  Object.fromEntries([['id', doc.id], ...fields.map((f) => [f, doc[f].join(' \n ')])]) as Record<
    string,
    string
  >;
const boosts = Object.fromEntries(fields.map((f) => [f, offerFields[f].boost]));

/** This engine's generic core with the offer options (German analysis, synonyms, boosts). */
export const vielfalt: EngineFactory = {
  name: 'vielfalt',
  async build(docs) {
    const index = new SearchIndex(offerIndexOptions());
    for (const doc of docs) index.add(doc);
    return vielfaltEngine(index);
  },
  async load(data) {
    return vielfaltEngine(loadIndex(JSON.parse(data), offerIndexOptions()));
  },
};

function vielfaltEngine(index: SearchIndex<OfferDocument>): Engine {
  return {
    search: (text, k, filter) =>
      index.search(text, { limit: k, ...(filter ? { filter } : {}) }).hits.map((h) => h.id),
    serialize: () => JSON.stringify(serializeIndex(index)),
  };
}

/** MiniSearch 7 with title boost, fuzzy 0.2 and prefix search (Integreat's setup), OR. */
export const minisearch: EngineFactory = {
  name: 'MiniSearch',
  async build(docs) {
    const index = new MiniSearch<Record<string, string>>(miniOptions);
    index.addAll(docs.map(flat));
    return miniEngine(index);
  },
  async load(data) {
    return miniEngine(MiniSearch.loadJSON(data, miniOptions));
  },
};

const miniOptions = {
  fields,
  storeFields: [],
  searchOptions: { boost: boosts, fuzzy: 0.2, prefix: true, combineWith: 'OR' as const },
};

function miniEngine(index: MiniSearch<Record<string, string>>): Engine {
  return {
    search: (text, k, filter) =>
      index
        .search(text, filter ? { filter: (r) => filter(String(r.id)) } : {})
        .slice(0, k)
        .map((r) => String(r.id)),
    serialize: () => JSON.stringify(index),
  };
}

/** FlexSearch 0.8 document index, forward tokenizer, balanced Latin encoder, `suggest` for OR. */
export const flexsearch: EngineFactory = {
  name: 'FlexSearch',
  async build(docs) {
    const index = flexIndex();
    for (const doc of docs) index.add(flat(doc));
    return flexEngine(index);
  },
  async load(data) {
    const index = flexIndex();
    for (const [key, value] of Object.entries(JSON.parse(data) as Record<string, string>))
      index.import(key, value);
    return flexEngine(index);
  },
};

const flexIndex = () =>
  new Document({
    document: { id: 'id', index: fields },
    tokenize: 'forward',
    encoder: Charset.LatinBalance,
  });

function flexEngine(index: ReturnType<typeof flexIndex>): Engine {
  const ranked = (text: string, k: number) => {
    // Results come per field; merge them in field-boost order, keeping each document's best place.
    const perField = index.search(text, { limit: k, suggest: true }) as unknown as {
      field: string;
      result: (string | number)[];
    }[];
    const score = new Map<string, number>();
    for (const { field, result } of perField) {
      result.forEach((id, rank) => {
        const value = (boosts[field] ?? 1) / (rank + 1);
        score.set(String(id), Math.max(score.get(String(id)) ?? 0, value) + 1e-3 * value);
      });
    }
    return [...score]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([id]) => id);
  };
  return {
    search: (text, k, filter) => afterwards((n) => ranked(text, n), k, filter),
    serialize() {
      const parts: Record<string, string> = {};
      index.export((key: string, data: string) => {
        parts[key] = data;
      });
      return JSON.stringify(parts);
    },
  };
}

/** Orama 3 full-text search with field boosts and typo tolerance 1, German tokenizer. */
export const orama: EngineFactory = {
  name: 'Orama',
  async build(docs) {
    const db = oramaDb();
    await insertMultiple(db, docs.map(flat) as never[], 1000);
    return oramaEngine(db);
  },
  async load(data) {
    const db = oramaDb();
    oramaLoad(db, JSON.parse(data));
    return oramaEngine(db);
  },
};

const oramaDb = () =>
  create({
    schema: {
      id: 'string',
      ...(Object.fromEntries(fields.map((f) => [f, 'string'])) as Record<OfferField, 'string'>),
    },
    language: 'german',
  });

function oramaEngine(db: ReturnType<typeof oramaDb>): Engine {
  const ranked = (text: string, k: number) => {
    const result = oramaSearch(db, {
      term: text,
      limit: k,
      tolerance: 1,
      boost: boosts,
      threshold: 1,
    });
    if (result instanceof Promise) throw new Error('Orama answered asynchronously');
    return result.hits.map((hit) => String((hit.document as { id: string }).id));
  };
  return {
    search: (text, k, filter) => afterwards((n) => ranked(text, n), k, filter),
    serialize: () => JSON.stringify(oramaSave(db)),
  };
}

/** Every engine compared, this one first. */
export const engines: readonly EngineFactory[] = [vielfalt, minisearch, flexsearch, orama];
