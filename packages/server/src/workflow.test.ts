import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOfferIndex } from '@vielfalt/search';
import { startTestServer, testPassword, type TestServer } from './testing/harness.js';
import { offerContent } from './testing/scenario.js';

describe('offer workflow over HTTP', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('takes an offer from draft through review to the public, keeping the published version online during an edit', async () => {
    const created = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: offerContent('traeger-a', 'Sprachcafé für Mütter'),
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(id).toMatch(/^sprachcafe-fuer-muetter-[0-9a-f]{6}$/);
    expect((await t.request('GET', `/api/v1/offers/${id}`)).status).toBe(404);

    expect(
      (await t.request('POST', `/api/v1/manage/offers/${id}/submit`, { as: 'providerA' })).body
        .status,
    ).toBe('submitted');
    const queue = await t.request('GET', '/api/v1/review/queue', { as: 'moderator' });
    const item = queue.body.find((i: { record: { id: string } }) => i.record.id === id);
    expect(item.changes.map((c: { path: string }) => c.path)).toEqual(
      expect.arrayContaining(['texts', 'providerId', 'schedule']),
    );

    expect(
      (
        await t.request('POST', `/api/v1/review/offers/${id}/approve`, {
          as: 'moderator',
          body: { version: 1 },
        })
      ).status,
    ).toBe(200);
    expect((await t.request('GET', `/api/v1/offers/${id}`)).body.texts.de.title).toBe(
      'Sprachcafé für Mütter',
    );
    const found = await t.request('GET', '/api/v1/search?q=sprachcafe');
    expect(found.body.items.map((o: { id: string }) => o.id)).toContain(id);

    const edited = await t.request('PUT', `/api/v1/manage/offers/${id}?submit=true`, {
      as: 'providerA',
      body: offerContent('traeger-a', 'Sprachcafé für Eltern'),
    });
    expect(edited.body).toMatchObject({
      status: 'published',
      reviewState: 'submitted',
      latestVersion: 2,
      publishedVersion: 1,
    });
    expect((await t.request('GET', `/api/v1/offers/${id}`)).body.texts.de.title).toBe(
      'Sprachcafé für Mütter',
    );
    const diff = await t.request('GET', `/api/v1/review/offers/${id}`, { as: 'moderator' });
    expect(diff.body.changes).toEqual([
      { path: 'texts.de.title', before: 'Sprachcafé für Mütter', after: 'Sprachcafé für Eltern' },
    ]);

    const rejected = await t.request('POST', `/api/v1/review/offers/${id}/reject`, {
      as: 'moderator',
      body: { version: 2, reason: 'Bitte Zielgruppe nennen' },
    });
    expect(rejected.body).toMatchObject({ status: 'published', reviewState: 'rejected' });
    const versions = await t.request('GET', `/api/v1/manage/offers/${id}/versions`, {
      as: 'providerA',
    });
    expect(
      versions.body.map((v: { state: string; reason: string | null }) => [v.state, v.reason]),
    ).toEqual([
      ['approved', null],
      ['rejected', 'Bitte Zielgruppe nennen'],
    ]);
    const audit = await t.request('GET', `/api/v1/review/audit?target=${id}`, { as: 'moderator' });
    expect(audit.body.map((e: { action: string }) => e.action).reverse()).toEqual([
      'offer.create',
      'offer.submit',
      'offer.approve',
      'offer.update',
      'offer.reject',
    ]);
  });

  it("never shows provider A provider B's drafts, neither in lists nor in search", async () => {
    const draft = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerB',
      body: offerContent('traeger-b', 'Geheimer Entwurf von B'),
    });
    const id: string = draft.body.id;
    const listA = await t.request('GET', '/api/v1/manage/offers?pageSize=100', { as: 'providerA' });
    expect(
      listA.body.items.every((r: { providerId: string }) => r.providerId === 'traeger-a'),
    ).toBe(true);
    expect(
      (await t.request('GET', `/api/v1/manage/offers/${id}`, { as: 'providerA' })).status,
    ).toBe(403);
    expect(
      (await t.request('GET', `/api/v1/manage/offers/${id}/versions`, { as: 'providerA' })).status,
    ).toBe(403);
    expect((await t.request('GET', `/api/v1/offers/${id}`, { as: 'providerA' })).status).toBe(404);
    expect(
      (await t.request('GET', '/api/v1/search?q=geheimer', { as: 'providerA' })).body.total,
    ).toBe(0);
    const stolen = await t.request('PUT', `/api/v1/manage/offers/${id}`, {
      as: 'providerA',
      body: offerContent('traeger-a', 'Übernommen'),
    });
    expect(stolen.status).toBe(403);
    const moved = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: offerContent('traeger-b', 'Im Namen von B'),
    });
    expect(moved.status).toBe(403);
    expect(
      (await t.request('GET', `/api/v1/manage/offers/${id}`, { as: 'providerB' })).body.latest.texts
        .de.title,
    ).toBe('Geheimer Entwurf von B');
  });

  it('stores a submission once per Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'angebot-2026-0001' };
    const first = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: offerContent('traeger-a', 'Nähcafé'),
      headers,
    });
    const again = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: offerContent('traeger-a', 'Nähcafé'),
      headers,
    });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    const other = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: offerContent('traeger-a', 'Anderes'),
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.body.error.message.de).toContain('Idempotency-Key');
  });

  it('serves the feed with ETag and Last-Modified and answers revalidation with 304 until something is published', async () => {
    const feed = await t.request('GET', '/api/v1/feed');
    expect(feed.status).toBe(200);
    expect(feed.body).toMatchObject({ format: 'vielfalt-feed', profileId: 'recklinghausen' });
    const etag = feed.headers.get('etag') as string;
    const lastModified = feed.headers.get('last-modified') as string;
    expect(
      (await t.request('GET', '/api/v1/feed', { headers: { 'if-none-match': etag } })).status,
    ).toBe(304);
    expect(
      (await t.request('GET', '/api/v1/feed', { headers: { 'if-modified-since': lastModified } }))
        .status,
    ).toBe(304);
    const created = await t.request('POST', '/api/v1/manage/offers?submit=true', {
      as: 'providerA',
      body: offerContent('traeger-a', 'Fahrradkurs'),
    });
    await t.request('POST', `/api/v1/review/offers/${created.body.id}/approve`, {
      as: 'moderator',
      body: { version: 1 },
    });
    const changed = await t.request('GET', '/api/v1/feed', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(changed.body.offers.map((o: { id: string }) => o.id)).toContain(created.body.id);
    // The index in the feed was updated by that offer: a page searching the feed finds it.
    const found = loadOfferIndex(changed.body).search({ text: 'Fahrradkurs' });
    expect(found.hits.map((h) => h.offer.id)).toContain(created.body.id);
  });

  it('sends an error report to the provider of the offer only', async () => {
    const created = await t.request('POST', '/api/v1/manage/offers?submit=true', {
      as: 'providerA',
      body: offerContent('traeger-a', 'Hausaufgabenhilfe'),
    });
    await t.request('POST', `/api/v1/review/offers/${created.body.id}/approve`, {
      as: 'moderator',
      body: { version: 1 },
    });
    const report = await t.request('POST', `/api/v1/offers/${created.body.id}/reports`, {
      body: { message: 'Der Kurs findet dienstags statt, nicht montags.' },
    });
    expect(report.status).toBe(201);
    const forA = await t.request('GET', '/api/v1/review/reports', { as: 'providerA' });
    const forB = await t.request('GET', '/api/v1/review/reports', { as: 'providerB' });
    expect(forA.body.map((r: { id: string }) => r.id)).toContain(report.body.id);
    expect(forB.body).toEqual([]);
  });
});

describe('sessions, CSRF and throttling', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ config: { loginAttempts: { max: 3, windowMs: 60_000 } } });
  });
  afterAll(() => t.close());

  it('sets an HttpOnly SameSite=Strict cookie and requires the CSRF header for writes', async () => {
    const login = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'a@traeger-a.example', password: testPassword },
    });
    const cookie = login.headers.get('set-cookie') as string;
    expect(cookie).toMatch(/^vf_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const session = cookie.split(';')[0] as string;
    expect(
      (await t.request('GET', '/api/v1/auth/me', { headers: { cookie: session } })).body.email,
    ).toBe('a@traeger-a.example');
    const withoutCsrf = await t.request('POST', '/api/v1/manage/offers', {
      headers: { cookie: session },
      body: offerContent('traeger-a'),
    });
    expect(withoutCsrf.status).toBe(403);
    expect(withoutCsrf.body.error.message.en).toContain('CSRF');
    const withCsrf = await t.request('POST', '/api/v1/manage/offers', {
      headers: { cookie: session, 'x-csrf-token': login.body.csrfToken },
      body: offerContent('traeger-a'),
    });
    expect(withCsrf.status).toBe(201);
    await t.request('POST', '/api/v1/auth/logout', {
      headers: { cookie: session, 'x-csrf-token': login.body.csrfToken },
    });
    expect(
      (await t.request('GET', '/api/v1/auth/me', { headers: { cookie: session } })).status,
    ).toBe(401);
  });

  it('pauses sign-in for an account after repeated failures, even with the right password', async () => {
    const attempt = (password: string) =>
      t.request('POST', '/api/v1/auth/login', {
        body: { email: 'b@traeger-b.example', password, tokenType: 'bearer' },
      });
    expect((await attempt('falsch')).status).toBe(401);
    expect((await attempt('falsch')).status).toBe(401);
    expect((await attempt('falsch')).status).toBe(401);
    const blocked = await attempt('falsch');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('60');
  });
});
