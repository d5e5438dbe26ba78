import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CachedBody } from './http/compression.js';
import { createRequestHandler } from './http/handler.js';
import { route } from './http/route.js';
import { currentFeed } from './routes/feed.js';
import { createPostgresSearch } from './search/postgres.js';
import { openStore } from './store/open.js';
import { createTestSchema, testDatabaseUrl } from './testing/postgres.js';
import { startTestServer, testPassword, type TestServer } from './testing/harness.js';
import { offerContent, offerIn } from './testing/scenario.js';

const login = (t: TestServer, email: string, password: string, headers = {}) =>
  t.request('POST', '/api/v1/auth/login', {
    body: { email, password, tokenType: 'bearer' },
    headers,
  });

describe('sign-in lock', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ config: { trustProxy: true } });
  });
  afterAll(() => t.close());

  it('locks an account after 10 failures for the documented 15 minutes, whatever the next password, from any address', async () => {
    for (let i = 0; i < 10; i++) {
      // Every guess from another client address: the lock counts per account.
      const failed = await login(t, 'b@traeger-b.example', `falsch-${i}`, {
        'x-forwarded-for': `198.51.100.${i}`,
      });
      expect(failed.status).toBe(401);
    }
    const right = await login(t, 'b@traeger-b.example', testPassword, {
      'x-forwarded-for': '203.0.113.99',
    });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(15 * 60 - 30);
    expect(Number(right.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    expect(right.body.error.message.de).toContain('Sekunden');
    // The right password neither opened the account nor reset the lock.
    expect((await login(t, 'b@traeger-b.example', testPassword)).status).toBe(429);
    expect(await t.store.lockedUntil('login-account:b@traeger-b.example')).toBeDefined();
    // Other accounts are not affected.
    expect((await login(t, 'a@traeger-a.example', testPassword)).status).toBe(200);
  });
});

describe('behind a trusted proxy', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      config: { trustProxy: true, publicWrites: { max: 2, windowMs: 60_000 } },
    });
  });
  afterAll(() => t.close());

  it('counts the address the proxy appended to X-Forwarded-For, not what the client wrote on the left', async () => {
    const id = await offerIn(t.store, 'traeger-a', 'published');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const report = await t.request('POST', `/api/v1/offers/${id}/reports`, {
        body: { message: 'Die Telefonnummer stimmt nicht mehr.' },
        // The client invents a new address each time; the proxy appends the one it saw.
        headers: { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.7` },
      });
      statuses.push(report.status);
    }
    expect(statuses).toEqual([201, 201, 429, 429]);
  });

  it('sets Secure on the session and sign-out cookies when the proxy says the client used https', async () => {
    const viaHttps = { 'x-forwarded-proto': 'https' };
    const signIn = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'a@traeger-a.example', password: testPassword },
      headers: viaHttps,
    });
    expect(signIn.headers.get('set-cookie')).toMatch(/; Secure$/);
    const session = (signIn.headers.get('set-cookie') as string).split(';')[0] as string;
    const signOut = await t.request('POST', '/api/v1/auth/logout', {
      headers: { ...viaHttps, cookie: session, 'x-csrf-token': signIn.body.csrfToken },
    });
    expect(signOut.status).toBe(200);
    expect(signOut.headers.get('set-cookie')).toMatch(/Max-Age=0; Secure$/);
    // Over plain HTTP (this test server has secureCookies off) the cookie stays without Secure.
    const plain = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'a@traeger-a.example', password: testPassword },
    });
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/);
  });
});

describe('hostile bodies', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('refuses bytes that are not UTF-8 instead of replacing them', async () => {
    const body = Buffer.concat([
      Buffer.from('{"message": "Fehler '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('", "email": "x@example.org"}'),
    ]);
    const id = await offerIn(t.store, 'traeger-a', 'published');
    const response = await fetch(`${t.url}/api/v1/offers/${id}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: { code: string; message: { de: string } } };
    expect(answer.error.code).toBe('invalid-utf8');
    expect(answer.error.message.de).toContain('UTF-8');
    expect(await t.store.listReports({})).toEqual([]);
  });

  it('takes application/json with parameters and nothing that merely starts like it', async () => {
    const content = offerContent('traeger-a');
    const evil = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: content,
      headers: { 'content-type': 'application/json-evil' },
    });
    expect(evil.status).toBe(415);
    const withCharset = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: content,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(withCharset.status).toBe(201);
  });

  it('answers 20,000 unknown fields with a short list and a count, not megabytes', async () => {
    const body: Record<string, unknown> = { ...offerContent('traeger-a') };
    for (let i = 0; i < 20_000; i++) body[`u${i}`] = 0;
    const response = await t.request('POST', '/api/v1/manage/offers', { as: 'providerA', body });
    expect(response.status).toBe(400);
    expect(response.text.length).toBeLessThan(30_000);
    expect(response.body.error.problems).toHaveLength(50);
    expect(response.body.error.problemCount).toBe(20_000);
    expect(response.body.error.message.de).toContain('19995 weitere');
    expect(response.body.error.message.en).toContain('19995 more');
  });

  it('refuses NUL and other control characters in bodies, queries and paths with a bilingual 400', async () => {
    const id = await offerIn(t.store, 'traeger-a', 'published');
    const report = await t.request('POST', `/api/v1/offers/${id}/reports`, {
      body: { message: 'Falsche\u0000Adresse im Angebot' },
    });
    expect(report.status).toBe(400);
    expect(report.body.error.code).toBe('control-character');
    expect(report.body.error.message.de).toContain('body.message');
    expect(report.body.error.message.de).toContain('U+0000');
    expect(report.body.error.message.en).toContain('control character');
    const offer = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: offerContent('traeger-a', 'Kurs\u001b[31m rot'),
    });
    expect(offer.status).toBe(400);
    expect(offer.body.error.problems[0].path).toBe('body.texts.de.title');
    expect((await t.request('GET', '/api/v1/search?q=%00')).status).toBe(400);
    expect((await t.request('GET', `/api/v1/offers/${id}%00`)).status).toBe(400);
    // Tabs and line breaks are text.
    const lines = await t.request('POST', `/api/v1/offers/${id}/reports`, {
      body: { message: 'Erste Zeile\r\nzweite Zeile\tmit Tabulator' },
    });
    expect(lines.status).toBe(201);
  });
});

describe('the feed and other answers on the wire', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    for (let i = 0; i < 30; i++) await offerIn(t.store, 'traeger-a', 'published');
  });
  afterAll(() => t.close());

  it('serves the feed compressed as the client accepts, the same bytes for every coding, with one ETag', async () => {
    const plain = await fetch(`${t.url}/api/v1/feed`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const { port } = new URL(t.url);
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.write(
            `GET /api/v1/feed HTTP/1.1\r\nHost: x\r\nAccept-Encoding: ${encoding}\r\nConnection: close\r\n\r\n`,
          ),
        );
        const chunks: Buffer[] = [];
        socket.on('data', (c: Buffer) => chunks.push(c));
        socket.on('error', reject);
        socket.on('end', () => {
          const all = Buffer.concat(chunks);
          const split = all.indexOf('\r\n\r\n');
          const head = all.subarray(0, split).toString().split('\r\n').slice(1);
          resolve({
            headers: Object.fromEntries(
              head.map((line) => [
                line.slice(0, line.indexOf(':')).toLowerCase(),
                line.slice(line.indexOf(':') + 1).trim(),
              ]),
            ),
            body: all.subarray(split + 4),
          });
        });
      });
    const br = await raw('gzip;q=0.5, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(text);
    expect(br.body.length).toBeLessThan(text.length / 3);
    const gz = await raw('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(text);
    expect(gz.headers['etag']).toBe(plain.headers.get('etag'));
    expect(br.headers['etag']).toBe(plain.headers.get('etag'));
    // Built once per revision: the same bytes object, each coding made once.
    const once = await currentFeed(t.server.context);
    expect(await currentFeed(t.server.context)).toBe(once);
    expect(once.body.encoded('br')).toBe(once.body.encoded('br'));
  });

  it('writes the feed at most once per feedRefreshMs, serving the newest one under its own ETag meanwhile', async () => {
    await offerIn(t.store, 'traeger-a', 'published');
    // Written now, for the current revision (refresh interval still 0 here).
    const first = await fetch(`${t.url}/api/v1/feed`);
    const written = first.headers.get('etag') as string;
    await first.arrayBuffer();
    t.server.context.config.feedRefreshMs = 60_000;
    try {
      await offerIn(t.store, 'traeger-a', 'published');
      const soon = await fetch(`${t.url}/api/v1/feed`);
      expect(soon.headers.get('etag')).toBe(written);
      await soon.arrayBuffer();
      const revalidated = await fetch(`${t.url}/api/v1/feed`, {
        headers: { 'if-none-match': written },
      });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get('etag')).toBe(written);
    } finally {
      t.server.context.config.feedRefreshMs = 0;
    }
  });

  it('compresses other JSON answers above a threshold, and not small ones', async () => {
    const list = await fetch(`${t.url}/api/v1/offers?pageSize=30`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(list.headers.get('content-encoding')).toBe('gzip');
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(30);
    const health = await fetch(`${t.url}/health`, { headers: { 'accept-encoding': 'gzip' } });
    expect(health.headers.get('content-encoding')).toBeNull();
  });

  it('cuts off a reader that takes nothing for the stall timeout, and keeps one that reads slowly', async () => {
    // A body far larger than what the kernel buffers for one socket (Linux lets a loopback socket grow to
    // 32 MB receive and 4 MB send buffer), so a reader that takes nothing stalls it.
    const big = new CachedBody(Buffer.alloc(64 * 1024 * 1024, 0x20), 'text/plain');
    const bigRoute = route({
      method: 'GET',
      path: '/big',
      access: 'public',
      tag: 'test',
      summary: 'a large body',
      async handler() {
        return { cached: big };
      },
    });
    const http = createServer(
      createRequestHandler(
        { ...t.server.context, config: { ...t.server.context.config, responseStallMs: 500 } },
        [bigRoute],
      ),
    );
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    // Reads the whole answer, pausing after every chunk for `pauseMs`; the stalled reader first takes nothing
    // for two seconds, well over the stall timeout.
    const reader = (startAfterMs: number, pauseMs: number) =>
      new Promise<number>((resolve) => {
        let bytes = 0;
        const socket = connect(port, '127.0.0.1', () => {
          socket.write('GET /big HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n');
          socket.pause();
          setTimeout(() => socket.resume(), startAfterMs);
        });
        socket.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          socket.pause();
          setTimeout(() => socket.resume(), pauseMs);
        });
        socket.on('error', () => undefined);
        socket.on('close', () => resolve(bytes));
        // The answer is complete: hang up, as a browser would go on to its next request.
        socket.on('data', () => {
          if (bytes >= big.bytes.length) socket.destroy();
        });
      });
    const [stalled, slow] = await Promise.all([reader(2000, 0), reader(0, 1)]);
    http.closeAllConnections();
    http.close();
    // The stalled reader got only what the kernel had buffered before the server hung up.
    expect(stalled).toBeLessThan(big.bytes.length);
    // The slow reader, reading all along, got everything.
    expect(slow).toBeGreaterThan(big.bytes.length);
  }, 60_000);
});

const databaseUrl = testDatabaseUrl();

describe.runIf(databaseUrl)('control characters on PostgreSQL', () => {
  let t: TestServer;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const test = await createTestSchema(databaseUrl as string);
    drop = test.drop;
    t = await startTestServer({
      store: await openStore(databaseUrl as string, { schema: test.schema }),
      search: createPostgresSearch(databaseUrl as string, { schema: test.schema }),
    });
  });
  afterAll(async () => {
    await t.close();
    await drop();
  });

  it('answers NUL in a report, a search and an offer with 400, not 500', async () => {
    const id = await offerIn(t.store, 'traeger-a', 'published');
    const report = await t.request('POST', `/api/v1/offers/${id}/reports`, {
      body: { message: 'Falsche\u0000Adresse im Angebot' },
    });
    expect(report.status).toBe(400);
    const search = await t.request('GET', '/api/v1/search?q=Kurs%00');
    expect(search.status).toBe(400);
    expect(search.body.error.message.en).toContain('query.q');
    const offer = await t.request('POST', '/api/v1/manage/offers', {
      as: 'providerA',
      body: offerContent('traeger-a', 'Kurs\u0000'),
    });
    expect(offer.status).toBe(400);
    expect((await t.request('GET', '/api/v1/search?q=Kurs')).body.engine).toBe('postgres-fulltext');
  });
});
