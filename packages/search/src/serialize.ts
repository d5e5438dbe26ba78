import { IndexFormatError, fail, pack, unpack, unpackPostings } from './packed.js';

export { IndexFormatError };
import { type IndexOptions, SearchIndex } from './search-index.js';

/**
 * Version of the serialized index format; {@link loadIndex} refuses any other. Version 2 writes numbers as
 * packed text instead of JSON arrays and stores the terms sorted with their stems; version 1 indexes must
 * be built again.
 */
export const INDEX_FORMAT_VERSION = 2;

/**
 * A prebuilt index as plain JSON: a page loads it instead of indexing in the browser. Numbers are written
 * as packed text (see `packed.ts`): parsing and checking that is several times faster than JSON arrays, and
 * a term's postings are only unpacked when a search first needs them.
 */
export type SerializedIndex = {
  format: 'vielfalt-search-index';
  version: number;
  /** The analyzer's id; an index only loads with the same analysis. */
  analyzer: string;
  fields: string[];
  ids: string[];
  /** Field lengths, `document * fields.length + field`, packed. */
  lengths: string;
  /** The terms, sorted. */
  terms: string[];
  /**
   * Per term, packed: 1 + the number of letters its stem cuts from its end, or 0 when the stem is not
   * a start of the term (it is then computed when loading). Saves stemming every term on load.
   */
  stems: string;
  /** Per term: how the word was written where first seen, or "" when it equals the term. */
  display: string[];
  /** Per term, packed: for each posting the document (as the difference to the previous one), tf·16 + field, and the position. */
  postings: string[];
};

/** Writes an index as {@link SerializedIndex}; documents removed earlier leave no trace. */
export function serializeIndex<D>(index: SearchIndex<D>): SerializedIndex {
  const renumber = new Int32Array(index.ids.length);
  const ids: string[] = [];
  const lengths: string[] = [];
  const fields = index.fieldNames.length;
  index.ids.forEach((id, doc) => {
    if (id === undefined) return;
    renumber[doc] = ids.length;
    ids.push(id);
    for (let f = 0; f < fields; f++) pack(lengths, index.lengths[doc * fields + f] as number);
  });
  const { vocabulary } = index;
  const live = vocabulary.terms
    .map((term, termId) => ({ term, termId }))
    .filter(({ termId }) => (vocabulary.df[termId] as number) > 0)
    .sort((a, b) => (a.term < b.term ? -1 : 1));
  const stems: string[] = [];
  const postings = live.map(({ term, termId }) => {
    const stem = index.analyzer.stem(term);
    pack(stems, term.startsWith(stem) ? 1 + term.length - stem.length : 0);
    const list = index.postingsOf(termId);
    const encoded: string[] = [];
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      const doc = renumber[list[i] as number] as number;
      const packed = list[i + 1] as number;
      pack(encoded, doc - previous);
      pack(encoded, packed % 4096);
      pack(encoded, Math.floor(packed / 4096));
      previous = doc;
    }
    return encoded.join('');
  });
  return {
    format: 'vielfalt-search-index',
    version: INDEX_FORMAT_VERSION,
    analyzer: index.analyzer.id,
    fields: [...index.fieldNames],
    ids,
    lengths: lengths.join(''),
    terms: live.map((l) => l.term),
    stems: stems.join(''),
    display: live.map(({ term, termId }) => {
      const shown = index.display[termId] as string;
      return shown === term ? '' : shown;
    }),
    postings,
  };
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    fail(where, 'an array of strings', value);
  return value;
}

/** Unpacks a packed text of `count` numbers. */
function unpackAll(value: unknown, where: string, count: number): number[] {
  if (typeof value !== 'string') fail(where, 'packed numbers', value);
  const numbers = unpack(value, where);
  if (numbers.length !== count) fail(where, `${count} numbers`, `${numbers.length}`);
  return numbers;
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
  if (new Set(ids).size !== ids.length) fail('ids', 'unique ids', 'duplicates');
  const terms = strings(d.terms, 'terms');
  for (let t = 1; t < terms.length; t++)
    if (!((terms[t - 1] as string) < (terms[t] as string)))
      fail(`terms[${t}]`, 'unique terms in sorted order', terms[t]);
  const display = strings(d.display, 'display');
  if (display.length !== terms.length)
    fail('display', `${terms.length} strings`, `${display.length}`);
  const lengths = unpackAll(d.lengths, 'lengths', ids.length * fields.length);
  const stems = unpackAll(d.stems, 'stems', terms.length).map((cut, t) => {
    const term = terms[t] as string;
    if (cut > term.length + 1) fail(`stems[${t}]`, `at most ${term.length + 1}`, String(cut));
    return cut === 0 ? index.analyzer.stem(term) : term.slice(0, term.length + 1 - cut);
  });
  const postings = d.postings;
  if (!Array.isArray(postings) || postings.length !== terms.length)
    fail('postings', `${terms.length} packed lists`, postings);
  // Every posting is checked now, so that a corrupt index fails here; unpacking waits for first use.
  const counts = postings.map((list: unknown, t) => {
    if (typeof list !== 'string' || list === '') fail(`postings[${t}]`, 'packed postings', list);
    return unpackPostings(list, `postings[${t}]`, ids.length, fields.length);
  });
  index.restore(ids, lengths, terms, stems, display, postings as string[], counts);
  return index;
}
