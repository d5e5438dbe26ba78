/**
 * Benchmark: this engine, MiniSearch, FlexSearch and Orama on 1k, 10k and 100k generated German offers.
 * Prints, per engine and size: build time, heap, query p50/p99 over a fixed mix (single word, several
 * words, typo, prefix, compound, filtered, geo), serialized size (gzip) and load time; and the relevance
 * of each engine on the judged set. Every engine answers top 20 under OR semantics; filters are applied
 * by this engine while searching and by the peers to their ranked lists. Prints numbers, asserts nothing.
 *
 * `npm run bench -w @vielfalt/search` (sizes: BENCH_SIZES=1000,10000 to skip 100k).
 */
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { type Engine, type EngineFactory, engines } from '../relevance/engines.js';
import { relevanceReport } from '../relevance/evaluate.js';
import { type GeneratedOffer, generateOffers, pools } from './generate.js';
import { type Query, queryMix } from './queries.js';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const K = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

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
    started = performance.now();
    const before = process.cpuUsage();
    engine.search(query.text, K, query.filter);
    cpuTimes.push(process.cpuUsage(before).user / 1000);
    times.push(performance.now() - started);
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

const rows: Row[] = [];
let longQuery = '';
for (const size of sizes) {
  const offers = generateOffers(size);
  const queries = queryMix(offers);
  const warmUp = queryMix(offers, 7);
  for (const factory of engines) {
    const row = await measure(factory, offers, queries, warmUp);
    rows.push(row);
    console.error(`${size} ${row.engine} done`);
    if (factory === engines[0] && size === 10_000) {
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
      longQuery = `1,000-word query over 10k offers: median ${(runs[2] ?? 0).toFixed(1)} ms (of 5)`;
    }
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
const widths = header.map((h, i) =>
  Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row));

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
