/**
 * Load benchmark (issue 7, acceptance 5): 10,000 published offers in the embedded store, search at
 * 200 requests/s for 30 s on 127.0.0.1, then the feed revalidated with its ETag. Prints latencies; it
 * asserts nothing, because timings depend on the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { recklinghausenProfile, type Offer } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { createServer, openStore, seedStore } from '../src/index.js';

const OFFERS = Number(process.env['BENCH_OFFERS'] ?? 10_000);
const RATE = Number(process.env['BENCH_RATE'] ?? 200);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 30);

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

const dir = mkdtempSync(join(tmpdir(), 'vielfalt-bench-'));
const store = await openStore(dir);
let started = Date.now();
await seedStore(store, { ...recklinghausenSample, offers: manyOffers() });
console.log(`seeded ${OFFERS} offers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const server = createServer({
  store,
  profile: recklinghausenProfile,
  config: { secureCookies: false },
});
const url = await server.listen(0, '127.0.0.1');

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
  duration: SECONDS,
  requests: popular.map((q) => ({
    method: 'GET',
    path: `/api/v1/search?q=${encodeURIComponent(q)}&pageSize=20`,
  })),
});
print(`search, 10 popular queries, ${RATE} req/s for ${SECONDS} s over ${OFFERS} offers`, repeated);

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
let next = 0;
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
print(
  `search, ${distinct.length} distinct queries in turn, ${RATE} req/s for ${SECONDS} s over ${OFFERS} offers`,
  varied,
);

started = Date.now();
const feed = await fetch(`${url}/api/v1/feed`);
const body = await feed.arrayBuffer();
console.log(
  `\nfeed: ${(body.byteLength / 1e6).toFixed(1)} MB built and sent in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
// One more approval: the feed's index is updated by that offer, then written out again.
await store.saveOffer({ ...extra, id: 'bench-feed-one-more', status: 'draft' }, moderator, {
  submit: true,
});
await store.approveOffer('bench-feed-one-more', 1, moderator);
started = Date.now();
const updated = await fetch(`${url}/api/v1/feed`);
await updated.arrayBuffer();
const etag = updated.headers.get('etag') ?? '';
console.log(
  `feed after one approval: built and sent in ${((Date.now() - started) / 1000).toFixed(1)} s, ETag ${etag}`,
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

await server.close();
rmSync(dir, { recursive: true, force: true });
