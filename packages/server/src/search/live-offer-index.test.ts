import { recklinghausenProfile, type Offer } from '@vielfalt/model';
import { createOfferIndex } from '@vielfalt/search';
import { describe, expect, it } from 'vitest';
import { actorFixture, offerInputFixture } from '../testing/fixtures.js';
import { LiveOfferIndex } from './live-offer-index.js';

const published = (id: string, title: string): Offer => ({
  ...offerInputFixture(id, 'vhs', title),
  status: 'published',
});
const providers = [actorFixture('vhs', 'Volkshochschule')];
const ids = (engine: ReturnType<LiveOfferIndex['sync']>, text: string) =>
  engine.search({ text }).hits.map((h) => h.offer.id);

describe('LiveOfferIndex', () => {
  it('updates the offers that changed and keeps the engine, with results as if built afresh', () => {
    const live = new LiveOfferIndex(recklinghausenProfile);
    const first = live.sync(
      1,
      [published('a', 'Deutschkurs'), published('b', 'Nähcafé')],
      providers,
    );
    expect(ids(first, 'Nähcafé')).toEqual(['b']);

    const now = [published('a', 'Deutschkurs am Abend'), published('c', 'Fahrradkurs')];
    const second = live.sync(2, now, providers);
    expect(second).toBe(first);
    expect(ids(second, 'Nähcafé')).toEqual([]);
    expect(ids(second, 'Fahrradkurs')).toEqual(['c']);
    const fresh = createOfferIndex(now, { profile: recklinghausenProfile, actors: providers });
    for (const text of ['Deutschkurs Abend', 'kurs', 'Volkshochschule', ''])
      expect(second.search({ text })).toEqual(fresh.search({ text }));
  });

  it('builds afresh when the providers change, and ignores a snapshot older than the last one', () => {
    const live = new LiveOfferIndex(recklinghausenProfile);
    const first = live.sync(1, [published('a', 'Deutschkurs')], providers);
    const renamed = [actorFixture('vhs', 'VHS Recklinghausen')];
    const second = live.sync(2, [published('a', 'Deutschkurs')], renamed);
    expect(second).not.toBe(first);
    expect(ids(second, 'Recklinghausen')).toEqual(['a']);
    expect(live.sync(1, [], renamed)).toBe(second);
    // The search and the feed sync the same engine: the second sync of a revision changes nothing.
    expect(live.sync(2, [], renamed)).toBe(second);
    expect(live.revision).toBe(2);
    expect(ids(second, 'Deutschkurs')).toEqual(['a']);
  });
});
