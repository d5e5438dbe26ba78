import { describe, expect, it } from 'vitest';
import { germanAnalyzer, germanSynonyms } from './german/index.js';
import { createIndex } from './search-index.js';

interface Page {
  id: string;
  title: string;
  body?: string;
}

function pages(...docs: Page[]) {
  const index = createIndex<Page>({
    fields: { title: { boost: 3 }, body: {} },
    analyzer: germanAnalyzer,
    synonyms: germanSynonyms,
  });
  for (const doc of docs) index.add(doc);
  return index;
}

const ids = (index: ReturnType<typeof pages>, query: string) =>
  index.search(query).hits.map((h) => h.id);

describe('createIndex', () => {
  it('ranks exact above stem above compound part above prefix above typo', () => {
    const index = pages(
      { id: 'exact', title: 'Beratung' },
      { id: 'stem', title: 'Beratungen' },
      { id: 'part', title: 'Sozialberatung' },
      { id: 'prefix', title: 'Beratungsstelle' },
      { id: 'typo', title: 'Berahtung' },
    );
    // Typos are looked for only when the index does not know the word: a known word means what it says.
    expect(ids(index, 'beratung ')).toEqual(['exact', 'stem', 'part']);
    expect(ids(index, 'beratung')).toEqual(['exact', 'stem', 'part', 'prefix']);
    expect(ids(index, 'beratnug ')).toEqual(['exact']);
    expect(ids(index, 'Sozialberahtung ')).toEqual(['part']);
  });

  it('adds up the kinds of match of one word in a document before saturating', () => {
    // The same body, and a title that also has the word (as a compound part): BM25F weighs all of a
    // document's evidence for a word, not only its best kind of match.
    const index = pages(
      { id: 'aside', title: 'Jugendtreff', body: 'Hilfe bei der Bewerbung' },
      { id: 'everywhere', title: 'Bewerbungstraining', body: 'Hilfe bei der Bewerbung' },
      { id: 'parts', title: 'Training am Abend' }, // so that the index knows both parts of the compound
    );
    const [first, second] = index.search('Bewerbung ').hits;
    expect(first?.id).toBe('everywhere');
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.2);
  });

  it('finds compounds by their parts and parts by their compounds', () => {
    const index = pages(
      { id: 'sf', title: 'Sprachförderung in der Kita' },
      { id: 'kfs', title: 'Kurs für Sprache und Kultur' },
      { id: 'other', title: 'Fahrradwerkstatt' },
    );
    expect(ids(index, 'Förderung')).toEqual(['sf']);
    expect(ids(index, 'Sprachkurs')).toEqual(['kfs']);
  });

  it('finds the first part of a compound of three parts', () => {
    const index = pages(
      { id: 'asylum', title: 'Asylverfahrensberatung' },
      { id: 'counselling', title: 'Beratung für Familien' },
      { id: 'word', title: 'Asyl und Schutz' },
    );
    expect(ids(index, 'Asyl ')).toEqual(['word', 'asylum']);
  });

  it('takes a stem of three letters as a head only where the whole word ends the compound', () => {
    const index = pages(
      { id: 'fitness', title: 'Fitness am Abend' },
      { id: 'lunch', title: 'Mittagessen für Kinder' },
    );
    // "Essen" is stemmed to "ess", which also ends "Fitness".
    expect(ids(index, 'Essen ')).toEqual(['lunch']);
  });

  it('lets an unknown compound count by the beginning the index knows, also beside known words', () => {
    const index = pages(
      { id: 'office', title: 'Begleitung zur Behörde' },
      { id: 'moving', title: 'Hilfe beim Umzug' },
    );
    // The index knows neither "Behördengänge" nor "Gänge".
    expect(ids(index, 'Behördengänge ')).toEqual(['office']);
    expect(ids(index, 'Hilfe bei Behördengängen ').sort()).toEqual(['moving', 'office']);
  });

  it('meets hyphenated, closed and separate spellings', () => {
    const index = pages(
      { id: 'h', title: 'Deutsch-Kurs am Abend' },
      { id: 'c', title: 'Deutschkurs am Morgen' },
    );
    expect(new Set(ids(index, 'Deutschkurs'))).toEqual(new Set(['h', 'c']));
    expect(new Set(ids(index, 'Deutsch Kurs'))).toEqual(new Set(['h', 'c']));
  });

  it('expands synonyms and abbreviations below the word itself', () => {
    const index = pages(
      { id: 'vhs', title: 'Kurse der Volkshochschule' },
      { id: 'kita', title: 'Kindergarten Sonnenschein' },
      { id: 'k', title: 'Kita Regenbogen' },
    );
    expect(ids(index, 'VHS')).toEqual(['vhs']);
    expect(ids(index, 'Kita')).toEqual(['k', 'kita']);
  });

  it('lets a phrase of everyday words, in any order, find the single words of its group, and not the reverse', () => {
    const index = createIndex<Page>({
      fields: { title: { boost: 3 }, body: {} },
      analyzer: germanAnalyzer,
      synonyms: [['Sprachkurs', 'Deutsch lernen']],
    });
    index.add({ id: 'course', title: 'Sprachkurs am Abend' });
    index.add({
      id: 'club',
      title: 'Kochclub',
      body: 'Wir kochen, und nebenbei lernen alle etwas Deutsch',
    });
    index.add({ id: 'other', title: 'Deutsch-Türkischer Verein' });
    const hits = index.search('Wo kann ich Deutsch lernen? ').hits;
    // The course answers both words through the phrase; the club has both words, far apart.
    expect(hits.map((h) => h.id)).toEqual(['course', 'club', 'other']);
    expect(hits[0]?.terms).toEqual(['sprachkurs']);
    // German puts the verb first or last: "ich lerne Deutsch" is the same phrase.
    expect(index.search('ich lerne Deutsch ').hits[0]?.id).toBe('course');
    expect(index.search('Deutsch ').hits.map((h) => h.id)).not.toContain('course');
    expect(index.search('Sprachkurs ').hits.map((h) => h.id)).toEqual(['course']);
  });

  it('finds the nouns of a verb from its past participle ("eingebürgert" → Einbürgerung)', () => {
    const index = pages(
      { id: 'citizen', title: 'Einbürgerung: was muss ich wissen?' },
      { id: 'other', title: 'Bürgerbüro' },
    );
    expect(ids(index, 'Wie werde ich eingebürgert?')).toEqual(['citizen']);
  });

  it('tolerates typos by length and never on short words', () => {
    const index = pages(
      { id: 'ik', title: 'Integrationskurs' },
      { id: 'au', title: 'Arbeitsunfall melden' },
      { id: 'drk', title: 'Erste Hilfe beim DRK' },
    );
    expect(ids(index, 'Integartionskurs')).toEqual(['ik']);
    expect(ids(index, 'Intergationskurss')).toEqual(['ik']);
    expect(ids(index, 'asdf')).toEqual([]);
    expect(ids(index, 'drx ')).toEqual([]);
  });

  it('completes the last word while typing, and only the last', () => {
    const index = pages(
      { id: 'a', title: 'Fahrradkurs für Frauen' },
      { id: 'b', title: 'Frauencafé' },
    );
    expect(ids(index, 'Fahrr')).toEqual(['a']);
    expect(ids(index, 'Fahrr Frauencafé')).toEqual(['b']);
  });

  it('completes a stop word being typed ("Nach" on its way to "Nachhilfe"), and not once it is finished', () => {
    const index = pages(
      { id: 'hilfe', title: 'Nachhilfe in Mathe' },
      { id: 'kurs', title: 'Deutschkurs' },
    );
    expect(ids(index, 'Nach')).toEqual(['hilfe']);
    expect(ids(index, 'Über')).toEqual([]);
    expect(ids(index, 'Nach ')).toEqual([]);
    expect(index.suggest('Nach').map((s) => s.text)).toEqual(['nachhilfe']);
  });

  it('relaxes a query that matches nothing to words starting with its stems', () => {
    const index = pages(
      { id: 'a', title: 'Arbeitsvermittlung für Geflüchtete' },
      { id: 'b', title: 'Frauencafé' },
    );
    expect(ids(index, 'Arbeitsvermittler ')).toEqual(['a']);
    expect(ids(index, 'Kochkurs ')).toEqual([]);
  });

  it('weights fields before saturation and prefers documents matching more words, close together', () => {
    const index = pages(
      { id: 'body', title: 'Treffpunkt', body: 'Nähen und Kochen' },
      { id: 'title', title: 'Nähen', body: 'Treffpunkt' },
      { id: 'both', title: 'Kochen und Nähen', body: 'Treffpunkt' },
      {
        id: 'far',
        title: 'Nähen',
        body: 'Treffpunkt mit vielen weiteren Worten und am Ende Kochen',
      },
    );
    expect(ids(index, 'nähen kochen')).toEqual(['both', 'body', 'far', 'title']);
    expect(ids(index, 'nähen ').at(-1)).toBe('body');
  });

  it('searches words given as alternatives as one word, matched by its best member', () => {
    const index = pages(
      { id: 'both-alternatives', title: 'Tango', body: 'Salsa' },
      { id: 'both-meanings', title: 'Tango', body: 'Yoga' },
      { id: 'other', title: 'Sport', body: 'Verein' },
    );
    const query = 'tango salsa yoga ';
    // As three words, the two pages match alike (the tie goes by id).
    expect(ids(index, query)).toEqual(['both-alternatives', 'both-meanings']);
    // As two meanings (a translated word's two German words, and another word), the page with both comes first.
    const grouped = index.search(query, { alternatives: [['Tango', 'Salsa']] });
    expect(grouped.hits.map((h) => h.id)).toEqual(['both-meanings', 'both-alternatives']);
    // Each alternative still marks its words.
    expect(grouped.hits[1]?.terms).toEqual(expect.arrayContaining(['salsa', 'tango']));
  });

  it('breaks ties by id', () => {
    const index = pages(
      { id: 'b', title: 'Sport' },
      { id: 'a', title: 'Sport' },
      { id: 'c', title: 'Sport' },
    );
    expect(ids(index, 'Sport')).toEqual(['a', 'b', 'c']);
  });

  it('filters, limits and counts', () => {
    const index = pages(...['a', 'b', 'c', 'd'].map((id) => ({ id, title: 'Sport' })));
    const result = index.search('sport', { limit: 2, filter: (id) => id !== 'a' });
    expect(result).toMatchObject({ total: 3, hits: [{ id: 'b' }, { id: 'c' }] });
  });

  it('updates and removes documents', () => {
    const index = pages({ id: 'a', title: 'Sport' });
    index.update({ id: 'a', title: 'Musik' });
    expect(ids(index, 'sport ')).toEqual([]);
    expect(ids(index, 'musik')).toEqual(['a']);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.size).toBe(0);
    expect(() => pages({ id: 'x', title: 'A' }, { id: 'x', title: 'B' })).toThrow(
      /already indexed/,
    );
  });

  it('suggests completions and corrections in the words of the texts', () => {
    const index = pages(
      { id: 'a', title: 'Führerschein' },
      { id: 'b', title: 'Führung durch die Stadt' },
      { id: 'c', title: 'Führerschein-Theorie' },
    );
    expect(index.suggest('Theorie für den Füh').map((s) => s.text)).toEqual([
      'Theorie für den führerschein',
      'Theorie für den führung',
    ]);
    expect(index.didYouMean('Fürerschien')).toBe('führerschein');
    expect(index.didYouMean('Führerschein')).toBeUndefined();
  });

  it('indexes any documents through extract and idOf', () => {
    const index = createIndex<{ key: number; text: string[] }>({
      fields: { text: {} },
      idOf: (d) => String(d.key),
      extract: (d) => d.text,
    });
    index.add({ key: 1, text: ['Hello', 'World'] });
    expect(index.search('world').hits.map((h) => h.id)).toEqual(['1']);
  });
});
