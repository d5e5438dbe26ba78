import { type IndexOptions, SearchIndex } from './search-index.js';

/** Version of the serialized index format; {@link loadIndex} refuses any other. */
export const INDEX_FORMAT_VERSION = 1;

/**
 * A prebuilt index as plain JSON: a page loads it instead of indexing in the browser. Postings are
 * per term `docDelta, packed` pairs (packed = position·4096 + tf·16 + field), so the format stays compact.
 */
export type SerializedIndex = {
  format: 'vielfalt-search-index';
  version: number;
  /** The analyzer's id; an index only loads with the same analysis. */
  analyzer: string;
  fields: string[];
  ids: string[];
  /** Field lengths, `document * fields.length + field`. */
  lengths: number[];
  terms: string[];
  /** Per term: how the word was written where first seen, or "" when it equals the term. */
  display: string[];
  postings: number[][];
};

/** Writes an index as {@link SerializedIndex}; documents removed earlier leave no trace. */
export function serializeIndex<D>(index: SearchIndex<D>): SerializedIndex {
  const renumber = new Map<number, number>();
  const ids: string[] = [];
  const lengths: number[] = [];
  const fields = index.fieldNames.length;
  index.ids.forEach((id, doc) => {
    if (id === undefined) return;
    renumber.set(doc, ids.length);
    ids.push(id);
    for (let f = 0; f < fields; f++) lengths.push(index.lengths[doc * fields + f] as number);
  });
  const terms: string[] = [];
  const display: string[] = [];
  const postings: number[][] = [];
  index.vocabulary.terms.forEach((term, termId) => {
    if ((index.vocabulary.df[termId] as number) === 0) return;
    const list = index.postings[termId] as number[];
    const encoded: number[] = [];
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      const doc = renumber.get(list[i] as number) as number;
      encoded.push(doc - previous, list[i + 1] as number);
      previous = doc;
    }
    terms.push(term);
    const shown = index.displayOf(termId);
    display.push(shown === term ? '' : shown);
    postings.push(encoded);
  });
  return {
    format: 'vielfalt-search-index',
    version: INDEX_FORMAT_VERSION,
    analyzer: index.analyzer.id,
    fields: [...index.fieldNames],
    ids,
    lengths,
    terms,
    display,
    postings,
  };
}

/** Thrown by {@link loadIndex} for data that is not a loadable index; the message says where and what. */
export class IndexFormatError extends Error {
  /** Always `IndexFormatError`, so the error can be told apart after serialisation. */
  override name = 'IndexFormatError';
}

function fail(where: string, expected: string, found: unknown): never {
  const shown =
    typeof found === 'string'
      ? JSON.stringify(found)
      : Array.isArray(found)
        ? 'an array'
        : typeof found;
  throw new IndexFormatError(
    `Index ungültig bei ${where}: erwartet ${expected}, gefunden ${shown}. / Invalid index at ${where}: expected ${expected}, found ${shown}.`,
  );
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    fail(where, 'an array of strings', value);
  return value;
}

/**
 * Loads a {@link SerializedIndex} with the options it was built with. Fails with an {@link IndexFormatError}
 * on another format, version, analyzer or field list, and on corrupt postings.
 */
export function loadIndex<D>(data: unknown, options: IndexOptions<D>): SearchIndex<D> {
  if (typeof data !== 'object' || data === null) fail('(root)', 'an object', data);
  const d = data as Record<string, unknown>;
  if (d.format !== 'vielfalt-search-index') fail('format', '"vielfalt-search-index"', d.format);
  if (d.version !== INDEX_FORMAT_VERSION)
    fail('version', String(INDEX_FORMAT_VERSION), String(d.version));
  const index = new SearchIndex(options);
  if (d.analyzer !== index.analyzer.id)
    fail('analyzer', JSON.stringify(index.analyzer.id), d.analyzer);
  const fields = strings(d.fields, 'fields');
  if (fields.join('\n') !== index.fieldNames.join('\n'))
    fail('fields', JSON.stringify(index.fieldNames), fields.join(','));
  const ids = strings(d.ids, 'ids');
  const terms = strings(d.terms, 'terms');
  const display = strings(d.display, 'display');
  const lengths = d.lengths;
  if (
    !Array.isArray(lengths) ||
    lengths.length !== ids.length * fields.length ||
    !lengths.every((n) => Number.isInteger(n) && n >= 0)
  ) {
    fail('lengths', `${ids.length * fields.length} non-negative integers`, lengths);
  }
  const postings = d.postings;
  if (
    !Array.isArray(postings) ||
    postings.length !== terms.length ||
    display.length !== terms.length
  )
    fail('postings', `${terms.length} lists`, postings);
  const decoded = terms.map((_, t) => {
    const list = postings[t] as unknown;
    if (!Array.isArray(list) || list.length % 2 !== 0 || list.length === 0)
      fail(`postings[${t}]`, 'pairs of integers', list);
    const out = new Array<number>(list.length);
    let doc = 0;
    for (let i = 0; i < list.length; i += 2) {
      const delta = list[i] as unknown;
      const packed = list[i + 1] as unknown;
      doc += delta as number;
      if (
        !Number.isInteger(delta) ||
        !Number.isInteger(packed) ||
        (delta as number) < 0 ||
        doc >= ids.length ||
        (packed as number) < 0 ||
        ((packed as number) & 15) >= fields.length
      ) {
        fail(
          `postings[${t}][${i}]`,
          `a document below ${ids.length} and a field below ${fields.length}`,
          `${String(delta)}, ${String(packed)}`,
        );
      }
      out[i] = doc;
      out[i + 1] = packed as number;
    }
    return out;
  });
  if (new Set(ids).size !== ids.length) fail('ids', 'unique ids', 'duplicates');
  if (new Set(terms).size !== terms.length) fail('terms', 'unique terms', 'duplicates');
  index.restore(ids, lengths as number[], terms, display, decoded);
  return index;
}
