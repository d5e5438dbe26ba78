import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { germanAnalyzer, germanSynonyms } from './german/index.js';
import { createIndex } from './search-index.js';
import { IndexFormatError, loadIndex, serializeIndex } from './serialize.js';

interface Doc {
  id: string;
  title: string;
  body: string;
}

const options = {
  fields: { title: { boost: 3 }, body: {} },
  analyzer: germanAnalyzer,
  synonyms: germanSynonyms,
};
const vocabulary = [
  'Deutschkurs',
  'Sprache',
  'Kurs',
  'Beratung',
  'Frauen',
  'Kita',
  'Sprachförderung',
  'Fahrrad-Werkstatt',
  'Müttercafé',
  'Integrationskurse',
  'für',
  'und',
  'Berater*innen',
  'Jobcenter',
  'Wohnung',
];
const text = fc.array(fc.constantFrom(...vocabulary), { maxLength: 6 }).map((w) => w.join(' '));
const doc = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  title: text,
  body: text,
});
const queries = [
  'deutsch',
  'Sprachkurs',
  'kurs',
  'Fahrrad',
  'Beraterin',
  'mutter',
  'Integrationskurs',
  'Woh',
  'Bertaung',
  'Kindergarten',
  'frauen kita',
];
const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), doc }),
  fc.record({
    kind: fc.constant('remove' as const),
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  }),
);

function results(index: ReturnType<typeof createIndex<Doc>>) {
  return queries.map((q) => index.search(q, { limit: 10 }));
}

describe('properties', () => {
  it('answers after any sequence of add, update and remove exactly as a fresh index over the same documents', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const incremental = createIndex<Doc>(options);
        const current = new Map<string, Doc>();
        for (const o of ops) {
          if (o.kind === 'add') {
            incremental.update(o.doc);
            current.set(o.doc.id, o.doc);
          } else {
            incremental.remove(o.id);
            current.delete(o.id);
          }
        }
        const fresh = createIndex<Doc>(options);
        for (const d of [...current.values()].sort((x, y) => (x.title < y.title ? -1 : 1)))
          fresh.add(d);
        expect(results(incremental)).toEqual(results(fresh));
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('serializes and loads to an index with identical results', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(doc, { selector: (d) => d.id, maxLength: 6 }),
        fc.constantFrom('a', 'b', 'c'),
        (docs, removed) => {
          const index = createIndex<Doc>(options);
          for (const d of docs) index.add(d);
          index.remove(removed);
          const loaded = loadIndex<Doc>(JSON.parse(JSON.stringify(serializeIndex(index))), options);
          expect(results(loaded)).toEqual(results(index));
          expect(loaded.suggest('Spr')).toEqual(index.suggest('Spr'));
          // A loaded index keeps its postings packed until used; removing and adding must still be exact.
          for (const changed of [index, loaded]) {
            changed.remove('d');
            changed.update({ id: 'e', title: 'Sprachkurs Wohnung', body: 'Kita' });
          }
          expect(results(loaded)).toEqual(results(index));
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);

  it('finds the same documents with words given as alternatives, only ranked otherwise', () => {
    const words = fc.array(fc.constantFrom(...vocabulary, ...queries), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(doc, { selector: (d) => d.id, maxLength: 6 }),
        words,
        fc.array(words, { maxLength: 3 }),
        (docs, query, alternatives) => {
          const index = createIndex<Doc>(options);
          for (const d of docs) index.add(d);
          const text = query.join(' ');
          const ids = (result: { hits: { id: string }[] }) => result.hits.map((h) => h.id).sort();
          const plain = index.search(text, { limit: 10 });
          const grouped = index.search(text, { limit: 10, alternatives });
          expect(grouped.total).toBe(plain.total);
          expect(ids(grouped)).toEqual(ids(plain));
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('never throws and always answers, whatever the query', () => {
    const index = createIndex<Doc>(options);
    ['a', 'b', 'c'].forEach((id, i) =>
      index.add({
        id,
        title: vocabulary.slice(i * 4, i * 4 + 5).join(' '),
        body: vocabulary.join(' '),
      }),
    );
    const nasty = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({
        unit: fc.constantFrom(
          '.',
          '*',
          '+',
          '?',
          '(',
          ')',
          '[',
          ']',
          '{',
          '}',
          '\\',
          '^',
          '$',
          '|',
          ' ',
          'a',
          '\u200f',
          '\u202e',
          '😀',
          '👩‍👩‍👧',
          'ß',
          '-',
          ':',
        ),
        maxLength: 300,
      }),
      fc.constantFrom(
        '',
        ' ',
        '\t\n',
        '\u200f\u200e',
        'a'.repeat(10_000),
        '😀'.repeat(5000),
        'ab '.repeat(3400),
      ),
    );
    fc.assert(
      fc.property(nasty, fc.boolean(), (query, prefix) => {
        const result = index.search(query, { prefix });
        expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
        expect(Array.isArray(index.suggest(query))).toBe(true);
        index.didYouMean(query);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('refuses corrupt or foreign indexes with a message that says where', () => {
    const index = createIndex<Doc>(options);
    index.add({ id: 'a', title: 'Deutschkurs', body: 'Sprache' });
    const good = serializeIndex(index);
    const load = (data: unknown) => () => loadIndex<Doc>(data, options);
    expect(load(null)).toThrow(IndexFormatError);
    expect(load({ ...good, version: 99 })).toThrow(/version: expected 2, found "99"/);
    expect(load({ ...good, version: 1 })).toThrow(/version: expected 2, found "1"/);
    expect(load({ ...good, format: 'minisearch' })).toThrow(/format/);
    expect(load({ ...good, analyzer: 'simple-1' })).toThrow(/analyzer/);
    expect(load({ ...good, fields: ['title'] })).toThrow(/fields/);
    // A document number past the last document, a character outside the alphabet, a number cut short.
    expect(load({ ...good, postings: ['FQA', ...good.postings.slice(1)] })).toThrow(
      /postings\[0\]\[0\]: expected a document below 1/,
    );
    expect(load({ ...good, postings: ['AQ!', ...good.postings.slice(1)] })).toThrow(
      /postings\[0\]\[0\]: expected packed postings, found "AQ!"/,
    );
    expect(load({ ...good, postings: ['AQAAQ_', ...good.postings.slice(1)] })).toThrow(
      /postings\[0\]\[3\]: expected packed postings/,
    );
    expect(load({ ...good, stems: '!' })).toThrow(/stems\[0\]: expected packed numbers/);
    expect(load({ ...good, postings: [[0, 16], ...good.postings.slice(1)] })).toThrow(
      /postings\[0\]: expected packed postings/,
    );
    expect(load({ ...good, lengths: 'AAA' })).toThrow(/lengths: expected 2 numbers/);
    expect(load({ ...good, terms: [...good.terms].reverse() })).toThrow(/terms\[1\]/);
    expect(load({ ...good, ids: ['a', 'a'] })).toThrow(IndexFormatError);
    expect(() => loadIndex(good, { fields: { title: {}, body: {} } })).toThrow(
      /Index ungültig bei analyzer/,
    );
  });
});
