/**
 * Load benchmark (issue 7, acceptance 5; issue 16, load with churn): 10,000 published offers in the embedded
 * store on 127.0.0.1. The server runs in its own process (`server-process.ts`), so its CPU, memory and
 * event-loop delay are measured apart from this load generator. Popular searches; distinct searches, first
 * alone, then while a moderator approves a changed offer and a provider re-saves its contact every second
 * (both over the API) and 40 clients request the feed and read nothing; then the feed's size on the wire and
 * its revalidation. Prints throughput, latencies, CPU and memory beside the targets of issue 16; it asserts
 * nothing, because timings depend on the machine (its load average is printed at start and end).
 */
import { fork } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { type Offer } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { hashPassword, openStore, seedStore } from '../src/index.js';
import type { Usage } from './server-process.js';

const OFFERS = Number(process.env['BENCH_OFFERS'] ?? 10_000);
const RATE = Number(process.env['BENCH_RATE'] ?? 200);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 30);
const SLOW_READERS = Number(process.env['BENCH_SLOW_READERS'] ?? 40);
/** Write a CPU profile of the server process into this directory (`node --cpu-prof`). */
const CPU_PROF = process.env['BENCH_CPU_PROF'];
/** The targets of issue 16 for distinct searches under churn on one process. */
const TARGET = { rate: 150, p99: 300, rssGrowthMb: 200, wireMb: 1 };
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const meets = (ok: boolean) => (ok ? 'met' : 'NOT met');

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

console.log(`machine: ${cpus().length} cores; load average at start: ${load()} (1, 5, 15 min)`);
const benchPassword = 'bench-passwort-lang-genug';
const providerContact = recklinghausenSample.contacts[0];
if (!providerContact) throw new Error('the sample has no contact');
const dir = mkdtempSync(join(tmpdir(), 'vielfalt-bench-'));
let started = Date.now();
// Seeding 10,000 offers one by one, each committed to disk, takes a minute or two: the seeded database is
// kept beside the bundle and copied for each run (every run starts from the same data).
const template = fileURLToPath(new URL(`./seeded-${OFFERS}.sqlite`, import.meta.url));
const reused = existsSync(template);
if (reused) copyFileSync(template, join(dir, 'vielfalt.sqlite'));
else await seed(providerContact.actorId);
console.log(
  `${reused ? 'copied the seeded' : 'seeded'} ${OFFERS} offers in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

async function seed(providerId: string): Promise<void> {
  const seeding = await openStore(dir);
  await seedStore(seeding, { ...recklinghausenSample, offers: manyOffers() });
  const cheap = { N: 1024, r: 8, p: 1 };
  await seeding.createUser({
    email: 'moderator@bench.example',
    role: 'moderator',
    actorId: null,
    passwordHash: await hashPassword(benchPassword, cheap),
  });
  await seeding.createUser({
    email: 'provider@bench.example',
    role: 'provider',
    actorId: providerId,
    passwordHash: await hashPassword(benchPassword, cheap),
  });
  await seeding.close();
  copyFileSync(join(dir, 'vielfalt.sqlite'), template);
}

// The server under test, alone in its process.
const child = fork(fileURLToPath(new URL('./server-process.mjs', import.meta.url)), {
  env: { ...process.env, BENCH_DIR: dir },
  execArgv: CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const fromServer = <T>(type: string) =>
  new Promise<T>((resolve) => {
    const listener = (message: { type: string } & T) => {
      if (message.type !== type) return;
      child.off('message', listener);
      resolve(message);
    };
    child.on('message', listener);
  });
const usage = async (): Promise<Usage> => {
  const answer = fromServer<{ usage: Usage }>('usage');
  child.send({ type: 'usage' });
  return (await answer).usage;
};
const { url, stallMs } = await fromServer<{ url: string; stallMs: number }>('listening');
const { port } = new URL(url);

/** Runs `work` and reports what it cost the server process: CPU (in cores), memory and event-loop delay. */
async function measured<T>(label: string, work: () => Promise<T>) {
  child.send({ type: 'mark', label });
  const before = await usage();
  const loadGenerator = process.cpuUsage();
  const at = Date.now();
  let peak = before.rss;
  const sampler = setInterval(() => {
    const answer = fromServer<{ rss: number }>('rss');
    child.send({ type: 'rss' });
    void answer.then(({ rss }) => (peak = Math.max(peak, rss)));
  }, 250);
  const result = await work();
  clearInterval(sampler);
  const seconds = (Date.now() - at) / 1000;
  const after = await usage();
  child.send({ type: 'mark', label: `end of ${label}` });
  const generator = process.cpuUsage(loadGenerator);
  return {
    result,
    line: `  server process: CPU ${((after.cpuMicros - before.cpuMicros) / 1e6 / seconds).toFixed(2)} cores (event loop busy ${(after.loopBusy * 100).toFixed(0)} %, loop delay p99 ${after.loopDelay.p99.toFixed(0)} ms, max ${after.loopDelay.max.toFixed(0)} ms), RSS ${mb(before.rss)} → ${mb(after.rss)} MB (peak ${mb(Math.max(peak, after.rss))} MB); load generator CPU ${((generator.user + generator.system) / 1e6 / seconds).toFixed(2)} cores; load average ${load()}`,
    peak: Math.max(peak, after.rss),
    before,
  };
}

function print(title: string, result: autocannon.Result, line: string): void {
  const { latency, requests } = result;
  console.log(`\n${title}`);
  console.log(
    `  requests: ${requests.total} (${requests.average.toFixed(1)}/s), errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`,
  );
  console.log(
    `  latency ms: p50 ${latency.p50}  p90 ${latency.p90}  p99 ${latency.p99}  max ${latency.max}`,
  );
  console.log(line);
}

const bearer = async (email: string) => {
  const answer = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: benchPassword, tokenType: 'bearer' }),
  });
  return {
    authorization: `Bearer ${((await answer.json()) as { token: string }).token}`,
    'content-type': 'application/json',
  };
};
const asModerator = await bearer('moderator@bench.example');
const asProvider = await bearer('provider@bench.example');

/** A moderator changes an offer (a new tag), sends it to review and approves it, over the API. */
async function approveChanged(offer: Offer, n: number): Promise<boolean> {
  const {
    id: _id,
    status: _status,
    history: _history,
    lastReviewedAt: _reviewed,
    updatedAt: _updated,
    ...content
  } = offer;
  const saved = await fetch(`${url}/api/v1/manage/offers/${offer.id}?submit=true`, {
    method: 'PUT',
    headers: asModerator,
    body: JSON.stringify({ ...content, tags: [...offer.tags, `geändert ${n}`] }),
  });
  if (!saved.ok) {
    console.error(`saving ${offer.id} failed: ${saved.status} ${await saved.text()}`);
    return false;
  }
  const { latestVersion } = (await saved.json()) as { latestVersion: number };
  const approved = await fetch(`${url}/api/v1/review/offers/${offer.id}/approve`, {
    method: 'POST',
    headers: asModerator,
    body: JSON.stringify({ version: latestVersion }),
  });
  if (!approved.ok)
    console.error(`approving ${offer.id} failed: ${approved.status} ${await approved.text()}`);
  else await approved.arrayBuffer();
  return approved.ok;
}

started = Date.now();
await fetch(`${url}/api/v1/search?q=deutschkurs`);
console.log(`search index built in ${((Date.now() - started) / 1000).toFixed(1)} s (first search)`);

const offers = manyOffers();
if (!(await approveChanged(offers[0] as Offer, 0))) throw new Error('the first approval failed');
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
const repeated = await measured('popular', () =>
  autocannon({
    url,
    connections: 20,
    overallRate: RATE,
    duration: 10,
    requests: popular.map((q) => ({
      method: 'GET',
      path: `/api/v1/search?q=${encodeURIComponent(q)}&pageSize=20`,
    })),
  }),
);
print(
  `search, 10 popular queries, ${RATE} req/s offered for 10 s over ${OFFERS} offers`,
  repeated.result,
  repeated.line,
);

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
const distinctSearches = () =>
  autocannon({
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
const verdict = ({ requests, latency }: autocannon.Result) =>
  `  target (issue 16) ≥ ${TARGET.rate}/s with p99 ≤ ${TARGET.p99} ms: ${meets(requests.average >= TARGET.rate && latency.p99 <= TARGET.p99)} (${requests.average.toFixed(0)}/s, p99 ${latency.p99} ms)`;

const quiet = await measured('distinct', distinctSearches);
print(
  `search, ${distinct.length} distinct queries in turn (no cache hits), ${RATE} req/s offered for ${SECONDS} s, no churn`,
  quiet.result,
  quiet.line,
);
console.log(verdict(quiet.result));

// The feed, written once for this revision and kept with its compressed forms.
child.send({ type: 'mark', label: 'feed' });
started = Date.now();
const plainFeed = await fetch(`${url}/api/v1/feed`, { headers: { 'accept-encoding': 'identity' } });
const feedBytes = (await plainFeed.arrayBuffer()).byteLength;
const builtIn = Date.now() - started;
/** Loads the feed over a plain socket and counts the bytes on the wire (nothing decompressed here). */
const onTheWire = async (encoding: string) => {
  const started = Date.now();
  const bytes = await new Promise<number>((resolve, reject) => {
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
child.send({ type: 'mark', label: 'end of feed' });
console.log(
  `\nfeed: ${mb(feedBytes)} MB written in ${(builtIn / 1000).toFixed(1)} s; on the wire ${mb(brotli.bytes)} MB with Brotli (compressed in ${(brotli.ms / 1000).toFixed(1)} s, then ${brotliAgain.ms} ms from the cache), ${mb(gzipped.bytes)} MB with gzip (${(gzipped.ms / 1000).toFixed(1)} s)`,
);
console.log(
  `  target (issue 16) ≤ ${TARGET.wireMb} MB on the wire: ${meets(brotli.bytes <= TARGET.wireMb * 1e6 && gzipped.bytes <= TARGET.wireMb * 1e6)}`,
);

// Churn: every second a moderator approves a changed offer and a provider re-saves its contact unchanged.
let approvals = 0;
let contactSaves = 0;
let churnErrors = 0;
const churnMs: number[] = [];
const feedMs: number[] = [];
const churnOnce = (n: number) => {
  const at = Date.now();
  approveChanged(offers[(n % (offers.length - 1)) + 1] as Offer, n).then(
    (ok) => {
      churnMs.push(Date.now() - at);
      if (ok) approvals++;
      else churnErrors++;
    },
    () => churnErrors++,
  );
  fetch(`${url}/api/v1/manage/contacts/${providerContact.id}`, {
    method: 'PUT',
    headers: asProvider,
    body: JSON.stringify(providerContact),
  }).then(
    (answer) => (answer.ok ? contactSaves++ : churnErrors++),
    () => churnErrors++,
  );
};

const revisionOf = async () =>
  ((await (await fetch(`${url}/health`)).json()) as { revision: number }).revision;
const revisionBefore = await revisionOf();
const slowReaders: Socket[] = [];
let readersStarted = 0;
const churned = await measured('churn', async () => {
  // 40 clients that request the feed and read nothing (no Accept-Encoding: the largest form).
  readersStarted = Date.now();
  for (let i = 0; i < SLOW_READERS; i++) {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write('GET /api/v1/feed HTTP/1.1\r\nHost: bench\r\n\r\n');
      socket.pause();
    });
    socket.on('error', () => undefined);
    slowReaders.push(socket);
  }
  let n = 1;
  const churn = setInterval(() => churnOnce(n++), 1000);
  // And a new visitor per second loads the feed (Brotli, nothing cached): the feed is written again while
  // the searches go on, at most every `feedRefreshMs`.
  const visitors = setInterval(() => {
    onTheWire('br').then(
      ({ ms }) => feedMs.push(ms),
      () => churnErrors++,
    );
  }, 1000);
  const result = await distinctSearches();
  clearInterval(churn);
  clearInterval(visitors);
  return result;
});
print(
  `search with churn: ${distinct.length} distinct queries in turn, ${RATE} req/s offered for ${SECONDS} s over ${OFFERS} offers, while ${SLOW_READERS} clients stall on the feed`,
  churned.result,
  churned.line,
);
console.log(verdict(churned.result));
churnMs.sort((a, b) => a - b);
console.log(
  `  churn: ${approvals} approvals (save + approve, median ${churnMs[churnMs.length >> 1] ?? '-'} ms) and ${contactSaves} unchanged contact saves (${churnErrors} errors); publication revision ${revisionBefore} → ${await revisionOf()}`,
);
feedMs.sort((a, b) => a - b);
console.log(
  `  feed loaded by ${feedMs.length} visitors meanwhile (Brotli): median ${feedMs[feedMs.length >> 1] ?? '-'} ms, slowest ${feedMs.at(-1) ?? '-'} ms`,
);
const growth = churned.peak - churned.before.rss;
console.log(
  `  memory with ${SLOW_READERS} stalled feed readers: RSS ${mb(churned.before.rss)} MB before, peak ${mb(churned.peak)} MB (+${mb(growth)} MB); target ≤ +${TARGET.rssGrowthMb} MB: ${meets(growth <= TARGET.rssGrowthMb * 1e6)}`,
);

// The stalled readers wait out the stall timeout, then resume and count what they get: a reader the server
// cut off gets only what the kernel had buffered.
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
        // A reader the kernel buffered completely keeps its connection alive; it has had its answer.
        setTimeout(() => socket.destroy(), 5000);
      }),
  ),
);
const cutOff = received.filter((bytes) => bytes < feedBytes).length;
console.log(
  `  slow readers: ${cutOff} of ${SLOW_READERS} cut off before the end of the feed (stall timeout ${stallMs / 1000} s; the rest had it all in kernel buffers)`,
);

started = Date.now();
const updated = await fetch(`${url}/api/v1/feed`, { headers: { 'accept-encoding': 'br' } });
await updated.arrayBuffer();
const etag = updated.headers.get('etag') ?? '';
console.log(
  `\nfeed after the churn (written again and compressed): ${((Date.now() - started) / 1000).toFixed(1)} s, ETag ${etag}`,
);
const revalidate = await measured('revalidation', () =>
  autocannon({
    url: `${url}/api/v1/feed`,
    connections: 20,
    overallRate: RATE,
    duration: 10,
    headers: { 'if-none-match': etag },
  }),
);
print(
  `feed revalidation with If-None-Match, ${RATE} req/s for 10 s (expect 304s)`,
  revalidate.result,
  revalidate.line,
);
console.log(
  `  304 answers: ${revalidate.result['3xx'] ?? 0} of ${revalidate.result.requests.total}`,
);
console.log(`\nload average at the end: ${load()}`);

const exited = new Promise((resolve) => child.once('exit', resolve));
child.send({ type: 'stop' });
await exited;
rmSync(dir, { recursive: true, force: true });
