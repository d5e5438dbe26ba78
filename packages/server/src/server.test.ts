import { request as httpRequest } from 'node:http';
import { recklinghausenProfile } from '@vielfalt/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.js';
import { openStore } from './store/open.js';
import type { Store } from './store/store.js';
import { startTestServer, testPassword, type TestServer } from './testing/harness.js';
import { createTestSchema, testDatabaseUrl } from './testing/postgres.js';
import { offerContent } from './testing/scenario.js';

describe('graceful shutdown', () => {
  it('finishes a request that is under way, then refuses new connections and closes the store', async () => {
    const t = await startTestServer();
    const body = JSON.stringify({
      email: 'a@traeger-a.example',
      password: testPassword,
      tokenType: 'bearer',
    });
    const { port } = new URL(t.url);
    // A sign-in whose body is still arriving when the shutdown starts.
    const answer = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/auth/login',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 200);
    });
    // Shut down only once the server has the request, however slow the machine is.
    await new Promise((resolve) => t.server.http.once('request', resolve));
    const closing = t.close();
    expect(await answer).toBe(200);
    await closing;
    await expect(fetch(`${t.url}/health`)).rejects.toThrow();
  });
});

describe('rate limit on public writes', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ config: { publicWrites: { max: 2, windowMs: 60_000 } } });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once an address has sent too many reports', async () => {
    const created = await t.request('POST', '/api/v1/manage/offers?submit=true', {
      as: 'providerA',
      body: offerContent('traeger-a'),
    });
    await t.request('POST', `/api/v1/review/offers/${created.body.id}/approve`, {
      as: 'moderator',
      body: { version: 1 },
    });
    const report = () =>
      t.request('POST', `/api/v1/offers/${created.body.id}/reports`, {
        body: { message: 'Die Adresse stimmt nicht.' },
      });
    expect([(await report()).status, (await report()).status]).toEqual([201, 201]);
    const refused = await report();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await t.store.listReports({})).length).toBe(2);
  });
});

const url = testDatabaseUrl();

describe('two instances on one PostgreSQL', () => {
  let stores: Store[];
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const test = await createTestSchema(url as string);
    drop = test.drop;
    stores = [
      await openStore(url as string, { schema: test.schema }),
      await openStore(url as string, { schema: test.schema }),
    ];
  });
  afterAll(async () => {
    await drop();
  });

  it('serve the same data: what one publishes, the other finds, with a new feed ETag', async () => {
    const [first, second] = stores as [Store, Store];
    const instanceA = await startTestServer({ store: first });
    const a = new URL(instanceA.url);
    const b = createServer({
      store: second,
      profile: recklinghausenProfile,
      config: { secureCookies: false, feedRefreshMs: 0 },
    });
    const bUrl = await b.listen(0);
    const etagBefore = (await fetch(`${bUrl}/api/v1/feed`)).headers.get('etag');
    const login = (await (
      await fetch(`${a.origin}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'moderator@kreis.example',
          password: testPassword,
          tokenType: 'bearer',
        }),
      })
    ).json()) as { token: string };
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${login.token}` };
    const created = (await (
      await fetch(`${a.origin}/api/v1/manage/offers?submit=true`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(offerContent('traeger-b', 'Schwimmkurs für Erwachsene')),
      })
    ).json()) as { id: string };
    await fetch(`${a.origin}/api/v1/review/offers/${created.id}/approve`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ version: 1 }),
    });
    // The session made on instance A is valid on instance B: sessions live in the database.
    expect((await fetch(`${bUrl}/api/v1/auth/me`, { headers: auth })).status).toBe(200);
    const found = (await (await fetch(`${bUrl}/api/v1/search?q=schwimmkurs`)).json()) as {
      items: { id: string }[];
    };
    expect(found.items.map((o) => o.id)).toEqual([created.id]);
    expect((await fetch(`${bUrl}/api/v1/feed`)).headers.get('etag')).not.toBe(etagBefore);
    await b.close();
    await instanceA.close();
  });
});
