/**
 * Load benchmark (issue 7, acceptance 5; issue 16, load with churn): 10,000 published offers in the embedded
 * store on 127.0.0.1. Popular searches; then distinct searches while a moderator approves one offer and a
 * provider re-saves its contact every second and 40 clients request the feed and read nothing; then the
 * feed's size on the wire and its revalidation. Prints throughput, latencies and memory; it asserts nothing,
 * because timings depend on the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { recklinghausenProfile, type Offer } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { createServer, hashPassword, openStore, seedStore } from '../src/index.js';

const OFFERS = Number(process.env['BENCH_OFFERS'] ?? 10_000);
const RATE = Number(process.env['BENCH_RATE'] ?? 200);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 30);
const SLOW_READERS = Number(process.env['BENCH_SLOW_READERS'] ?? 40);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** 10,000 offers made from the sample's published ones, each with its own id and title. */
function manyOffers(): Offer[] {
  const base = recklinghausenSample.offers.filter((o) => o.status === 'published');
  return Array.from({ length: OFFERS }, (_, i) => {
    const offer = base[i % base.length] as Offer;
    const texts = Object.fromEntries(
      Object.entries(offer.texts).map(([lang, t]) => [
        lang,
        { ...t, title: `${t.title} ${Math.floor(i / base.length) + 1}` },
      ]),
    );
    return { ...offer, id: `${offer.id}-${i}`, texts };
  });
}

function print(title: string, result: autocannon.Result): void {
  const { latency, requests } = result;
  console.log(`\n${title}`);
  console.log(
    `  requests: ${requests.total} (${requests.average.toFixed(1)}/s), errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`,
  );
  console.log(
    `  latency ms: p50 ${latency.p50}  p90 ${latency.p90}  p99 ${latency.p99}  max ${latency.max}`,
  );
}

console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const dir = mkdtempSync(join(tmpdir(), 'vielfalt-bench-'));
const store = await openStore(dir);
let started = Date.now();
await seedStore(store, { ...recklinghausenSample, offers: manyOffers() });
const cheap = { N: 1024, r: 8, p: 1 };
const benchPassword = 'bench-passwort-lang-genug';
const providerContact = recklinghausenSample.contacts[0];
if (!providerContact) throw new Error('the sample has no contact');
await store.createUser({
  email: 'moderator@bench.example',
  role: 'moderator',
  actorId: null,
  passwordHash: await hashPassword(benchPassword, cheap),
});
await store.createUser({
  email: 'provider@bench.example',
  role: 'provider',
  actorId: providerContact.actorId,
  passwordHash: await hashPassword(benchPassword, cheap),
});
console.log(`seeded ${OFFERS} offers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const server = createServer({
  store,
  profile: recklinghausenProfile,
  config: { secureCookies: false },
});
const url = await server.listen(0, '127.0.0.1');
const bearer = async (email: string) => {
  const answer = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: benchPassword, tokenType: 'bearer' }),
  });
  return { authorization: `Bearer ${((await answer.json()) as { token: string }).token}` };
};
const asModerator = await bearer('moderator@bench.example');
const asProvider = await bearer('provider@bench.example');

started = Date.now();
await fetch(`${url}/api/v1/search?q=deutschkurs`);
console.log(`search index built in ${((Date.now() - started) / 1000).toFixed(1)} s (first search)`);

// A moderator approves one more offer: the next search updates the index by that offer, not from scratch.
const moderator = { userId: 'bench-moderator', role: 'moderator' } as const;
const extra = manyOffers()[0] as Offer;
await store.saveOffer({ ...extra, id: 'bench-one-more', status: 'draft' }, moderator, {
  submit: true,
});
await store.approveOffer('bench-one-more', 1, moderator);
started = Date.now();
await fetch(`${url}/api/v1/search?q=deutschkurs`);
console.log(
  `first search after one approval: ${Date.now() - started} ms (the index updated by one offer)`,
);

// Popular searches repeat (city pages, widgets): answered from the per-revision answer cache.
const popular = [
  'deutschkurs',
  'beratung',
  'sport',
  'kita',
  'sprachcafe',
  'hausaufgaben',
  'frauen',
  'arbeit',
  'nähen',
  'fahrrad',
];
const repeated = await autocannon({
  url,
  connections: 20,
  overallRate: RATE,
  duration: 10,
  requests: popular.map((q) => ({
    method: 'GET',
    path: `/api/v1/search?q=${encodeURIComponent(q)}&pageSize=20`,
  })),
});
print(`search, 10 popular queries, ${RATE} req/s for 10 s over ${OFFERS} offers`, repeated);

// Distinct searches, far more than the cache holds: every title word with each copy number of the titles.
const titleWords = [
  ...new Set(
    recklinghausenSample.offers
      .flatMap((o) => (o.texts['de']?.title ?? '').toLowerCase().split(/[^\p{L}]+/u))
      .filter((w) => w.length >= 4),
  ),
];
const copies = Math.ceil(OFFERS / recklinghausenSample.offers.length);
const distinct = titleWords.flatMap((w) =>
  Array.from({ length: copies }, (_, n) => `${w} ${n + 1}`),
);

// The feed, built once for this revision and kept with its compressed forms.
started = Date.now();
const plainFeed = await fetch(`${url}/api/v1/feed`, { headers: { 'accept-encoding': 'identity' } });
const feedBytes = (await plainFeed.arrayBuffer()).byteLength;
const builtIn = Date.now() - started;
const onTheWire = async (encoding: string) => {
  started = Date.now();
  const bytes = await new Promise<number>((resolve, reject) => {
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.write(
        `GET /api/v1/feed HTTP/1.1\r\nHost: bench\r\nAccept-Encoding: ${encoding}\r\nConnection: close\r\n\r\n`,
      ),
    );
    let total = 0;
    socket.on('data', (chunk: Buffer) => (total += chunk.length));
    socket.on('end', () => resolve(total));
    socket.on('error', reject);
  });
  return { bytes, ms: Date.now() - started };
};
const brotli = await onTheWire('br');
const gzipped = await onTheWire('gzip');
const brotliAgain = await onTheWire('br');
console.log(
  `\nfeed: ${mb(feedBytes)} MB written in ${(builtIn / 1000).toFixed(1)} s; on the wire ${mb(brotli.bytes)} MB with Brotli (compressed in ${(brotli.ms / 1000).toFixed(1)} s, then ${brotliAgain.ms} ms from the cache), ${mb(gzipped.bytes)} MB with gzip (${(gzipped.ms / 1000).toFixed(1)} s)`,
);

// 40 clients that request the feed and read nothing (no Accept-Encoding: the largest form).
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
}, 200);
const { port } = new URL(url);
const readersStarted = Date.now();
const slowReaders: Socket[] = [];
for (let i = 0; i < SLOW_READERS; i++) {
  const socket = connect(Number(port), '127.0.0.1', () => {
    socket.write('GET /api/v1/feed HTTP/1.1\r\nHost: bench\r\n\r\n');
    socket.pause();
  });
  socket.on('error', () => undefined);
  slowReaders.push(socket);
}

// Churn: every second a moderator approves a changed offer and a provider re-saves its contact unchanged.
const offers = manyOffers();
let approvals = 0;
let contactSaves = 0;
let churnErrors = 0;
const churn = setInterval(() => {
  const offer = offers[approvals % offers.length] as Offer;
  const changed = {
    ...offer,
    tags: [...offer.tags, `geändert ${approvals}`],
    status: 'draft' as const,
  };
  store
    .saveOffer(changed, moderator, { submit: true })
    .then(({ record }) =>
      fetch(`${url}/api/v1/review/offers/${offer.id}/approve`, {
        method: 'POST',
        headers: { ...asModerator, 'content-type': 'application/json' },
        body: JSON.stringify({ version: record.latestVersion }),
      }),
    )
    .then(
      (answer) => (answer.ok ? approvals++ : churnErrors++),
      () => churnErrors++,
    );
  fetch(`${url}/api/v1/manage/contacts/${providerContact.id}`, {
    method: 'PUT',
    headers: { ...asProvider, 'content-type': 'application/json' },
    body: JSON.stringify(providerContact),
  }).then(
    (answer) => (answer.ok ? contactSaves++ : churnErrors++),
    () => churnErrors++,
  );
}, 1000);

let next = 0;
const revisionBefore = (await store.publicationRevision()).revision;
const varied = await autocannon({
  url,
  connections: 20,
  overallRate: RATE,
  duration: SECONDS,
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => ({
        ...request,
        path: `/api/v1/search?q=${encodeURIComponent(distinct[next++ % distinct.length] ?? '')}&pageSize=20`,
      }),
    },
  ],
});
clearInterval(churn);
clearInterval(sampler);
print(
  `search with churn: ${distinct.length} distinct queries in turn, ${RATE} req/s offered for ${SECONDS} s over ${OFFERS} offers, while ${SLOW_READERS} clients stall on the feed`,
  varied,
);
console.log(
  `  churn: ${approvals} approvals and ${contactSaves} unchanged contact saves (${churnErrors} errors); publication revision ${revisionBefore} → ${(await store.publicationRevision()).revision}`,
);
console.log(
  `  memory: RSS ${mb(rssBefore)} MB before the slow readers, peak ${mb(rssPeak)} MB (+${mb(rssPeak - rssBefore)} MB)`,
);
// The stalled readers wait out the stall timeout, then resume and count what they get: a reader the server
// cut off gets only what the kernel had buffered.
const stallMs = server.context.config.responseStallMs;
await new Promise((resolve) =>
  setTimeout(resolve, Math.max(0, readersStarted + stallMs + 5000 - Date.now())),
);
const received = await Promise.all(
  slowReaders.map(
    (socket) =>
      new Promise<number>((resolve) => {
        let bytes = 0;
        socket.on('data', (chunk: Buffer) => (bytes += chunk.length));
        socket.on('close', () => resolve(bytes));
        socket.resume();
      }),
  ),
);
const cutOff = received.filter((bytes) => bytes < feedBytes).length;
console.log(
  `  slow readers: ${cutOff} of ${SLOW_READERS} cut off before the end of the feed (stall timeout ${stallMs / 1000} s)`,
);

started = Date.now();
const updated = await fetch(`${url}/api/v1/feed`, { headers: { 'accept-encoding': 'br' } });
await updated.arrayBuffer();
const etag = updated.headers.get('etag') ?? '';
console.log(
  `\nfeed after the churn (written again and compressed): ${((Date.now() - started) / 1000).toFixed(1)} s, ETag ${etag}`,
);
const revalidate = await autocannon({
  url: `${url}/api/v1/feed`,
  connections: 20,
  overallRate: RATE,
  duration: 10,
  headers: { 'if-none-match': etag },
});
print(`feed revalidation with If-None-Match, ${RATE} req/s for 10 s (expect 304s)`, revalidate);
console.log(`  304 answers: ${revalidate['3xx'] ?? 0} of ${revalidate.requests.total}`);
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

await server.close();
rmSync(dir, { recursive: true, force: true });
