import { recklinghausenProfile } from '@vielfalt/model';
import { createOfferIndex, type OfferIndex } from '@vielfalt/search';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { actorFixture, contactFixture, offerInputFixture } from '../testing/fixtures.js';
import { LiveOfferIndex } from './live-offer-index.js';
import { PublishedState } from './snapshot.js';

const by = { userId: 'test', role: 'moderator' as const };
const ids = (engine: OfferIndex, text: string) =>
  engine.search({ text }).hits.map((h) => h.offer.id);

async function publish(store: Store, id: string, title: string): Promise<void> {
  const { record } = await store.saveOffer(offerInputFixture(id, 'vhs', title), by, {
    submit: true,
  });
  await store.approveOffer(id, record.latestVersion, by);
}

/** A store whose reads are counted, to see what catching up costs. */
function counted(store: Store) {
  const reads = { all: 0, some: 0 };
  const spy: Store = {
    ...store,
    listPublishedOffers: (...args) => (reads.all++, store.listPublishedOffers(...args)),
    getPublishedOffers: (ids) => ((reads.some += ids.length), store.getPublishedOffers(ids)),
  };
  return { spy, reads };
}

describe('LiveOfferIndex', () => {
  it('applies approvals and archives offer by offer, reading only those offers, with results as if built afresh', async () => {
    const store = await openStore(':memory:');
    await store.putActor(actorFixture('vhs', 'Volkshochschule'), by);
    await publish(store, 'a', 'Deutschkurs');
    await publish(store, 'b', 'Nähcafé');
    const { spy, reads } = counted(store);
    const live = new LiveOfferIndex(new PublishedState(spy), recklinghausenProfile);
    const first = (await live.current()).engine;
    expect(ids(first, 'Nähcafé')).toEqual(['b']);
    expect(reads).toEqual({ all: 1, some: 0 });

    await publish(store, 'a', 'Deutschkurs am Abend');
    await publish(store, 'c', 'Fahrradkurs');
    await store.archiveOffer('b', undefined, by);
    const second = await live.current();
    // The same engine, updated by three offers; nothing read whole again.
    expect(second.engine).toBe(first);
    expect(reads).toEqual({ all: 1, some: 3 });
    expect(second.revision).toBe((await store.publicationRevision()).revision);
    expect(ids(second.engine, 'Nähcafé')).toEqual([]);
    expect(ids(second.engine, 'Fahrradkurs')).toEqual(['c']);
    const fresh = createOfferIndex(
      (await store.listPublishedOffers({}, { offset: 0, limit: 10 })).items,
      {
        profile: recklinghausenProfile,
        actors: await store.listActors(),
      },
    );
    for (const text of ['Deutschkurs Abend', 'kurs', 'Volkshochschule', ''])
      expect(second.engine.search({ text })).toEqual(fresh.search({ text }));
    await store.close();
  });

  it('builds afresh when an organisation changes; a contact saved unchanged is no change at all', async () => {
    const store = await openStore(':memory:');
    await store.putActor(actorFixture('vhs', 'Volkshochschule'), by);
    await publish(store, 'a', 'Deutschkurs');
    const live = new LiveOfferIndex(new PublishedState(store), recklinghausenProfile);
    const first = (await live.current()).engine;

    expect(await store.putContact(contactFixture('k1', 'vhs'), by)).toBe(true);
    const revision = (await store.publicationRevision()).revision;
    // The same contact again, only with a new time stamp, as a form saved without changes sends it.
    expect(
      await store.putContact(
        { ...contactFixture('k1', 'vhs'), updatedAt: new Date().toISOString() },
        by,
      ),
    ).toBe(false);
    expect(await store.putActor(actorFixture('vhs', 'Volkshochschule'), by)).toBe(false);
    expect((await store.publicationRevision()).revision).toBe(revision);
    expect((await live.current()).engine).toBe(first);

    await store.putActor(actorFixture('vhs', 'VHS Recklinghausen'), by);
    const second = (await live.current()).engine;
    expect(second).not.toBe(first);
    expect(ids(second, 'Recklinghausen')).toEqual(['a']);
    await store.close();
  });

  it('reads everything when the change log does not reach back far enough', async () => {
    const store = await openStore(':memory:');
    await store.putActor(actorFixture('vhs'), by);
    await publish(store, 'a', 'Deutschkurs');
    const { spy, reads } = counted({
      ...store,
      // As for a database whose log was pruned past the revision held.
      publicationChanges: async () => undefined,
    });
    const live = new LiveOfferIndex(new PublishedState(spy), recklinghausenProfile);
    await live.current();
    await publish(store, 'b', 'Nähcafé');
    expect(ids((await live.current()).engine, 'Nähcafé')).toEqual(['b']);
    expect(reads.all).toBe(2);
    await store.close();
  });
});
