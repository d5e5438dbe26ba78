import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { actorFixture, offerInputFixture } from '../testing/fixtures.js';
import { createTestSchema, testDatabaseUrl } from '../testing/postgres.js';
import { createPostgresSearch } from './postgres.js';
import type { SearchProvider } from './provider.js';

const url = testDatabaseUrl();
const by = { userId: 'setup', role: 'moderator' as const };

describe('PostgreSQL full-text search (German configuration)', () => {
  let store: Store;
  let search: SearchProvider;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const test = await createTestSchema(url as string);
    drop = test.drop;
    store = await openStore(url as string, { schema: test.schema });
    search = createPostgresSearch(url as string, { schema: test.schema });
    await store.putActor(actorFixture('traeger-a'), by);
    const titles: Record<string, string> = {
      'k-1': 'Deutschkurse für Frauen',
      'k-2': 'Fußballtraining für Kinder',
      'k-3': 'Beratung zu Kursen',
    };
    for (const [id, title] of Object.entries(titles)) {
      await store.saveOffer(
        { ...offerInputFixture(id, 'traeger-a', title), kind: id === 'k-2' ? 'sport' : 'course' },
        by,
        { submit: true },
      );
      await store.approveOffer(id, 1, by);
    }
    await store.saveOffer(offerInputFixture('entwurf', 'traeger-a', 'Deutschkurs im Entwurf'), by);
  });
  afterAll(async () => {
    await search.close?.();
    await store.close();
    await drop();
  });

  it('finds published offers by German word stems, ranked, never drafts', async () => {
    // "Frau" meets "Frauen", "Beratungen" meets "Beratung": both reduce to the same stem.
    expect(
      (await search.search({ q: 'Frau', filter: {}, offset: 0, limit: 10 })).offers.map(
        (o) => o.id,
      ),
    ).toEqual(['k-1']);
    expect(
      (await search.search({ q: 'Beratungen', filter: {}, offset: 0, limit: 10 })).offers.map(
        (o) => o.id,
      ),
    ).toEqual(['k-3']);
    expect(
      (await search.search({ q: 'Deutschkurse', filter: {}, offset: 0, limit: 10 })).offers.map(
        (o) => o.id,
      ),
    ).toEqual(['k-1']);
  });

  it('applies the list filters and pages', async () => {
    expect(
      (await search.search({ q: '', filter: { kind: 'sport' }, offset: 0, limit: 10 })).offers.map(
        (o) => o.id,
      ),
    ).toEqual(['k-2']);
    const page = await search.search({ q: '', filter: {}, offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, offers: [{ id: 'k-2' }] });
  });
});
