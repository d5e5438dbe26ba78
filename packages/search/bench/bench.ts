/**
 * Benchmark: this engine, MiniSearch, FlexSearch and Orama on 1k, 10k and 100k generated German offers.
 * Prints, per engine and size: build time, heap, query p50/p99 over a fixed mix (single word, several
 * words, typo, prefix, compound, filtered, geo), serialized size (gzip) and load time; and the relevance
 * of each engine on the judged set and on the real München pages and questions. Every engine answers top 20 under OR semantics; filters are applied
 * by this engine while searching and by the peers to their ranked lists. Prints numbers, asserts nothing.
 *
 * Each engine and size is measured in its own process.
 *
 * `npm run bench -w @vielfalt/search` (sizes: BENCH_SIZES=1000,10000 to skip 100k).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { type Engine, type EngineFactory, engines } from '../relevance/engines.js';
import { relevanceReport } from '../relevance/evaluate.js';
import { formatPageReport, pageReport } from '../relevance/pages.js';
import { formatDictionaryChunkSizes } from './dictionary-size.js';
import { type GeneratedOffer, generateOffers, pools } from './generate.js';
import { type Query, queryMix } from './queries.js';
import { gc, markdownTable, percentile, timed } from './timing.js';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const K = 20;

interface Row {
  engine: string;
  size: number;
  buildMs: number;
  /** CPU time of this process, which other processes on a shared machine do not inflate. */
  buildCpuMs: number;
  heapMb: number;
  p50: number;
  p99: number;
  cpuP50: number;
  cpuP99: number;
  gzipKb: number;
  loadMs: number;
}

async function measure(
  factory: EngineFactory,
  offers: GeneratedOffer[],
  queries: Query[],
  warmUp: Query[],
): Promise<Row> {
  const docs = offers.map((o) => o.doc);
  gc();
  // Typed arrays live outside the JS heap; counting them keeps engines that use them comparable.
  const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBefore = memory();
  let started = performance.now();
  const cpu = process.cpuUsage();
  let engine: Engine | undefined = await factory.build(docs);
  const buildMs = performance.now() - started;
  const buildCpuMs = process.cpuUsage(cpu).user / 1000;
  gc();
  const heapMb = (memory() - heapBefore) / 2 ** 20;
  // Warm-up with another mix of the same kinds, so that single measured queries do not time the JIT.
  for (const query of warmUp) engine.search(query.text, K, query.filter);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (const query of queries) {
    const { ms, cpuMs } = timed(() => engine?.search(query.text, K, query.filter));
    times.push(ms);
    cpuTimes.push(cpuMs);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const data = engine.serialize();
  const gzipKb = gzipSync(data).length / 1024;
  engine = undefined;
  gc();
  started = performance.now();
  await factory.load(data);
  const loadMs = performance.now() - started;
  return {
    engine: factory.name,
    size: offers.length,
    buildMs,
    buildCpuMs,
    heapMb,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    cpuP50: percentile(cpuTimes, 50),
    cpuP99: percentile(cpuTimes, 99),
    gzipKb,
    loadMs,
  };
}

/**
 * Indexes 1,000 other offers, so that the measured build does not time the JIT either. A function of its own,
 * so that nothing of the warm-up index stays reachable when the heap is measured.
 */
async function warmUp(factory: EngineFactory): Promise<void> {
  const engine = await factory.build(generateOffers(1000, 7).map((o) => o.doc));
  engine.search('Deutschkurs', K);
}

/** One engine on one size, in this process: its row, and for this engine at 10k the long-query time. */
async function measureOne(size: number, name: string): Promise<{ row: Row; longQuery?: string }> {
  const factory = engines.find((e) => e.name === name) as EngineFactory;
  await warmUp(factory);
  const offers = generateOffers(size);
  const row = await measure(factory, offers, queryMix(offers), queryMix(offers, 7));
  if (factory !== engines[0] || size !== 10_000) return { row };
  const words = Array.from(
    { length: 1000 },
    (_, i) => pools.summary[(i * 7919) % pools.summary.length],
  ).join(' ');
  const engine = await factory.build(offers.map((o) => o.doc));
  engine.search(words, K); // warm-up, as in the query mix
  const runs = Array.from({ length: 5 }, () => {
    const started = performance.now();
    engine.search(words, K);
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return {
    row,
    longQuery: `1,000-word query over 10k offers: median ${(runs[2] ?? 0).toFixed(1)} ms (of 5)`,
  };
}

// Each engine and size runs in a fresh process, warmed up the same way: what one run leaves in the heap must
// not slow the next, as it did when 100k followed 1k and 10k in one process.
const only = process.env.BENCH_ONE;
if (only !== undefined) {
  const [size, name] = only.split(':');
  console.log(JSON.stringify(await measureOne(Number(size), name ?? '')));
  process.exit(0);
}
const rows: Row[] = [];
let longQuery = '';
for (const size of sizes) {
  for (const factory of engines) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string], {
      env: { ...process.env, BENCH_ONE: `${size}:${factory.name}` },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (child.status !== 0) throw new Error(`${size} ${factory.name}: ${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as {
      row: Row;
      longQuery?: string;
    };
    rows.push(result.row);
    longQuery = result.longQuery ?? longQuery;
    console.error(`${size} ${factory.name} done`);
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const header = [
  'size',
  'engine',
  'build ms',
  'build cpu ms',
  'heap MB',
  'p50 ms',
  'p99 ms',
  'cpu p50',
  'cpu p99',
  'index gzip KB',
  'load ms',
];
const table = rows.map((r) => [
  String(r.size),
  r.engine,
  fmt(r.buildMs, 0),
  fmt(r.buildCpuMs, 0),
  fmt(r.heapMb),
  fmt(r.p50, 2),
  fmt(r.p99, 2),
  fmt(r.cpuP50, 2),
  fmt(r.cpuP99, 2),
  fmt(r.gzipKb, 0),
  fmt(r.loadMs, 0),
]);
console.log(markdownTable(header, table));

if (longQuery) console.log(`\n${longQuery}`);
console.log(
  `Machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (other processes slow every engine alike)`,
);

const report = await relevanceReport();
console.log('\nRelevance on the judged set (relevance/), nDCG@10:');
console.log(
  [...report.ndcg]
    .map(([engine, scores]) => `${engine} ${fmt(scores.get('all') ?? 0, 3)}`)
    .join(' · '),
);

console.log(
  '\nReal pages (relevance/integreat-muenchen, CC BY 4.0 Tür an Tür – Digitalfabrik), nDCG@10 / hit@10:',
);
console.log(formatPageReport(await pageReport()));
console.log(
  `\nDictionary chunks (min + gzip), loaded on demand: ${await formatDictionaryChunkSizes()}`,
);
