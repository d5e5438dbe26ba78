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
});
