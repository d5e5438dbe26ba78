import { recklinghausenProfile as profile } from '@vielfalt/model';
import { describe, expect, test } from 'vitest';
import { germanSynonyms } from '../german/synonyms.js';
import { buildFeed, loadOfferIndex } from './feed.js';
import { makeDataset, makeOffer } from './fixtures.js';
import { openOfferIndex } from './open-feed.js';

const dataset = makeDataset([
  makeOffer('jobcenter', 'Jobcenter Marl', 'Termine nach Absprache'),
  makeOffer('schwimmen', 'Schwimmen für Frauen', 'Schwimmkurs in Marl', { kind: 'sport' }),
]);
const feed: unknown = JSON.parse(JSON.stringify(buildFeed(dataset, profile)));
const ids = (index: ReturnType<typeof openOfferIndex>, text: string): string[] =>
  index.search({ text }).hits.map((h) => h.offer.id);

describe('openOfferIndex', () => {
  test('lists and filters without synonyms, and expands queries with them once they are added', () => {
    const opened = openOfferIndex(feed);
    expect(opened.search({}).total).toBe(2);
    // "Arbeitsamt" is only a synonym of "Jobcenter".
    expect(ids(opened, 'arbeitsamt')).toEqual([]);
    opened.useSynonyms(germanSynonyms);
    expect(ids(opened, 'arbeitsamt')).toEqual(['jobcenter']);
    const loaded = loadOfferIndex(feed);
    for (const text of ['arbeitsamt', 'jobcenter', 'schwimmkurs frauen', 'sport'])
      expect(opened.search({ text })).toEqual(loaded.search({ text }));
  });

  test('loadOfferIndex keeps the German synonyms by default and takes others', () => {
    expect(ids(loadOfferIndex(feed), 'arbeitsamt')).toEqual(['jobcenter']);
    expect(ids(loadOfferIndex(feed, { synonyms: [] }), 'arbeitsamt')).toEqual([]);
    expect(ids(openOfferIndex(feed, { synonyms: [['behörde', 'jobcenter']] }), 'behörde')).toEqual([
      'jobcenter',
    ]);
  });

  test('names an offer the index has but the offers lack, cut to a readable length', () => {
    const broken = JSON.parse(JSON.stringify(feed)) as { index: { ids: string[] } };
    broken.index.ids[0] = 'x'.repeat(10_000);
    expect(() => openOfferIndex(broken)).toThrow(/the index names the offer "x{60}…"/);
    expect(() => openOfferIndex(broken)).toThrow(/^.{0,300}$/s);
  });
});
