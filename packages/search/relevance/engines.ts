/**
 * The engines compared in the relevance test and the benchmark, behind one small interface. Every engine
 * indexes the same flattened offer texts (`OfferDocument`) and answers with OR semantics, top k, so that
 * the comparison is fair. Peers are configured as their docs recommend for typo-tolerant German search.
 */
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { Charset, Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { type OfferDocument, type OfferField, SearchIndex, offerFields, offerIndexOptions } from '../src/index.js';

/** A built index that answers queries with document ids, best first. */
export interface Engine {
  search(text: string, k: number): string[];
}

/** An engine under comparison. */
export interface EngineFactory {
  name: string;
  build(docs: readonly OfferDocument[]): Promise<Engine>;
}

const fields = Object.keys(offerFields) as OfferField[];
const flat = (doc: OfferDocument) => Object.fromEntries([['id', doc.id], ...fields.map((f) => [f, doc[f].join(' \n ')])]) as Record<string, string>;
const boosts = Object.fromEntries(fields.map((f) => [f, offerFields[f].boost]));

/** This engine's generic core with the offer options (German analysis, synonyms, boosts). */
export const vielfalt: EngineFactory = {
  name: 'vielfalt',
  async build(docs) {
    const index = new SearchIndex(offerIndexOptions());
    for (const doc of docs) index.add(doc);
    return { search: (text, k) => index.search(text, { limit: k }).hits.map((h) => h.id) };
  },
};

/** MiniSearch 7 with title boost, fuzzy 0.2 and prefix search (Integreat's setup), OR. */
export const minisearch: EngineFactory = {
  name: 'MiniSearch',
  async build(docs) {
    const index = new MiniSearch<Record<string, string>>({ fields, storeFields: [], searchOptions: { boost: boosts, fuzzy: 0.2, prefix: true, combineWith: 'OR' } });
    index.addAll(docs.map(flat));
    return { search: (text, k) => index.search(text).slice(0, k).map((r) => String(r.id)) };
  },
};

/** FlexSearch 0.8 document index, forward tokenizer, balanced Latin encoder, `suggest` for OR. */
export const flexsearch: EngineFactory = {
  name: 'FlexSearch',
  async build(docs) {
    const index = new Document({ document: { id: 'id', index: fields }, tokenize: 'forward', encoder: Charset.LatinBalance });
    for (const doc of docs) index.add(flat(doc));
    return {
      search(text, k) {
        // Results come per field; merge them in field-boost order, keeping each document's best place.
        const perField = index.search(text, { limit: k, suggest: true }) as unknown as { field: string; result: (string | number)[] }[];
        const score = new Map<string, number>();
        for (const { field, result } of perField) {
          result.forEach((id, rank) => {
            const value = (boosts[field] ?? 1) / (rank + 1);
            score.set(String(id), Math.max(score.get(String(id)) ?? 0, value) + 1e-3 * value);
          });
        }
        return [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map(([id]) => id);
      },
    };
  },
};

/** Orama 3 full-text search with field boosts and typo tolerance 1, German tokenizer. */
export const orama: EngineFactory = {
  name: 'Orama',
  async build(docs) {
    const schema = Object.fromEntries(fields.map((f) => [f, 'string'])) as Record<OfferField, 'string'>;
    const db = create({ schema: { id: 'string', ...schema }, language: 'german' });
    await insertMultiple(db, docs.map(flat) as never[], 1000);
    return {
      search(text, k) {
        const result = oramaSearch(db, { term: text, limit: k, tolerance: 1, boost: boosts, threshold: 1 });
        if (result instanceof Promise) throw new Error('Orama answered asynchronously');
        return result.hits.map((hit) => String((hit.document as { id: string }).id));
      },
    };
  },
};

/** Every engine compared, this one first. */
export const engines: readonly EngineFactory[] = [vielfalt, minisearch, flexsearch, orama];
