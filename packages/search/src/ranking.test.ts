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

describe('ranking on real pages', () => {
  it('gives no proximity bonus to one word that matches two query words', () => {
    // "Mobilität" is a synonym of both "Bus" and "Bahn": one word, not two words side by side.
    const index = pages(
      { id: 'mobility', title: 'Mobilität', body: 'Mobilität in der Stadt: Bus, Bahn und Rad' },
      { id: 'bus-bahn', title: 'Bus und Bahn', body: 'Fahrkarten für Bus und Bahn in der Stadt' },
    );
    expect(ids(index, 'Bus und Bahn ')[0]).toBe('bus-bahn');
  });

  it('lets a common word add less to the coordination factor than a rare one', () => {
    const common = Array.from({ length: 8 }, (_, i) => ({
      id: `c${i}`,
      title: `Stadt Nummer ${i}`,
    }));
    const index = pages(
      ...common,
      { id: 'swim', title: 'Schwimmkurs für Kinder' },
      { id: 'swim-city', title: 'Schwimmkurs für Kinder', body: 'in der Stadt' },
    );
    const score = (id: string) =>
      index.search('Schwimmkurs Stadt ').hits.find((h) => h.id === id)?.score ?? 0;
    // Counting matched words would give the page that also says "Stadt" twice the factor.
    expect(score('swim-city') / score('swim')).toBeGreaterThan(1);
    expect(score('swim-city') / score('swim')).toBeLessThan(1.6);
  });

  it('weighs question-frame words less beside the topic, and finds them alone', () => {
    const index = pages(
      { id: 'pass', title: 'Familienpass', body: 'Mit dem Familienpass gibt es Ermäßigungen.' },
      { id: 'advantages', title: 'Vorteile und Arten', body: 'Die Vorteile verschiedener Arten' },
    );
    expect(ids(index, 'Welche Vorteile bietet der Familienpass? ')[0]).toBe('pass');
    expect(ids(index, 'Welche Arten von Familienpass gibt es? ')[0]).toBe('pass');
    expect(ids(index, 'Vorteile ')).toEqual(['advantages']);
    expect(germanAnalyzer.isGeneral?.('vorteile')).toBe(true);
    expect(germanAnalyzer.isGeneral?.('familienpass')).toBe(false);
  });

  it('splits an unknown compound at its longest known head', () => {
    const index = pages(
      { id: 'care', title: 'Betreuungsangebote der Stadt' },
      { id: 'kids', title: 'Angebote für Kinder' },
      { id: 'childcare', title: 'Kinderbetreuung' },
    );
    // Longest head first: Kinder|betreuungsangebote, not Kinderbetreuungs|angebote.
    expect(ids(index, 'Kinderbetreuungsangebote ')[0]).toBe('care');
  });

  it('takes no three-letter piece before a linking element for a modifier ("ungefähr" is not ung|e|fähr)', () => {
    const index = pages(
      { id: 'bike', title: 'Fahrrad fahren lernen' },
      { id: 'club', title: 'UNG Verein' },
    );
    expect(ids(index, 'ungefähr ')).toEqual([]);
    expect(ids(index, 'Fahrradkurs ')).toEqual(['bike']);
  });

  it('finds a compound by its modifier only where the rest is made of known words', () => {
    const index = pages(
      { id: 'debt', title: 'Schuldnerberatung' },
      { id: 'school', title: 'Schule und Beratung' },
      { id: 'school-advice', title: 'Schulberatung' },
    );
    // "Schul|dnerberatung" is no compound of Schule: "dner" is no word.
    expect(ids(index, 'Schule ')).toEqual(['school', 'school-advice']);
  });

  it('ranks the word itself above a synonym, also one in a title', () => {
    const index = pages(
      { id: 'kita', title: 'Kindertagespflege', body: 'Betreuung für Kinder' },
      {
        id: 'exact',
        title: 'Tagesmutter gesucht',
        body: 'Betreuung für Kinder zu Hause in der Familie',
      },
    );
    expect(ids(index, 'Tagesmutter ')).toEqual(['exact', 'kita']);
  });

  it('takes the modifier of indexed compounds as a word ("Antidiskriminierungsbüro")', () => {
    const index = pages(
      { id: 'office', title: 'Antidiskriminierungsstelle der Stadt' },
      { id: 'lost', title: 'Fundbüro' },
      { id: 'sport', title: 'Büro für Sport' },
      { id: 'jobs', title: 'Freie Stellen' },
    );
    // Before, the unknown modifier left only "Büro" to match.
    expect(ids(index, 'Antidiskriminierungsbüro ')).toContain('office');
  });

  it('matches the words of a derivational family below the word itself', () => {
    const index = pages(
      { id: 'study', title: 'Studieren in der Stadt' },
      { id: 'money', title: 'Finanzielle Hilfe' },
      { id: 'student', title: 'Studium und Finanzierung' },
    );
    expect(ids(index, 'Studium ')).toEqual(['student', 'study']);
    expect(ids(index, 'Finanzierung ')).toEqual(['student', 'money']);
    expect(ids(index, 'finanziell ')).toEqual(['money', 'student']);
  });
});
