/**
 * Benchmark of the public call: `OfferIndex.search` with its facet counts (what the elements and the server
 * call), built from the package's published files, beside MiniSearch on the same texts in the same run.
 * Prints build time, heap, p50/p99 over the fixed query mix (filtered queries as facet filters, geo queries as
 * `near` + `radiusKm`), and how long a prebuilt feed of 10k offers takes to load with `loadOfferIndex`.
 * Each engine and size runs in its own process. Asserts nothing.
 *
 * `npm run bench -w @vielfalt/search` (sizes: BENCH_SIZES=1000,10000 to skip 100k).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { type Offer, recklinghausenProfile } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import {
  type OfferIndex,
  type OfferQueryInput,
  buildFeed,
  createOfferIndex,
  loadOfferIndex,
} from '@vielfalt/search';
import { type EngineFactory, minisearch } from '../relevance/engines.js';
import { type GeneratedOffer, generateOffers } from './generate.js';
import { type Query, queryMix } from './queries.js';
import { gc, markdownTable, percentile, timed } from './timing.js';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const K = 20;
const ENGINES = ['OfferIndex.search + facets', 'MiniSearch'] as const;

const templates = recklinghausenSample.offers.filter((o) => o.status === 'published');

/** A full offer around a generated text: a sample offer's facets and schedule, the generated place. */
function offerOf(generated: GeneratedOffer, i: number): Offer {
  const template = templates[i % templates.length] as Offer;
  const { doc } = generated;
  const offer: Offer = {
    ...template,
    id: doc.id,
    texts: {
      de: {
        title: doc.title.join(' '),
        summary: doc.summary.join(' '),
        description: doc.description.join(' '),
        status: 'original',
      },
    },
    tags: doc.tags,
    area: { kind: 'municipalities', ags: [generated.municipality] },
    locations: [
      {
        id: `${doc.id}-ort`,
        municipality: generated.municipality,
        geo: { lat: generated.lat, lon: generated.lon },
        accessibility: template.locations[0]?.accessibility ?? { wheelchair: 'unknown' },
      },
    ],
  };
  return offer;
}

/** The benchmark query as a caller of the public API writes it. */
function queryOf(query: Query): OfferQueryInput {
  if (query.place?.kind === 'municipality')
    return { text: query.text, limit: K, filters: { municipality: [query.place.ags] } };
  if (query.place?.kind === 'near')
    return { text: query.text, limit: K, near: { municipality: query.place.ags }, radiusKm: 5 };
  return { text: query.text, limit: K };
}

interface Row {
  engine: string;
  size: number;
  buildMs: number;
  heapMb: number;
  p50: number;
  p99: number;
  cpuP50: number;
  cpuP99: number;
  loadMs?: number;
}

const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

function latencies(search: (query: Query) => unknown, queries: Query[], warmUp: Query[]) {
  for (const query of warmUp) search(query);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (const query of queries) {
    const { ms, cpuMs } = timed(() => search(query));
    times.push(ms);
    cpuTimes.push(cpuMs);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    cpuP50: percentile(cpuTimes, 50),
    cpuP99: percentile(cpuTimes, 99),
  };
}

function measureOfferIndex(size: number): Row {
  const generated = generateOffers(size);
  const offers = generated.map(offerOf);
  createOfferIndex(offers.slice(0, 1000), { profile: recklinghausenProfile }).search({
    text: 'Deutschkurs',
  }); // warm-up of the build path, so the measured build does not time the JIT
  gc();
  const before = memory();
  const started = performance.now();
  let index: OfferIndex | undefined = createOfferIndex(offers, {
    profile: recklinghausenProfile,
  });
  const buildMs = performance.now() - started;
  gc();
  const heapMb = (memory() - before) / 2 ** 20;
  // The facet counts are computed when read; the search element reads them for every query, so the bench does.
  const search = (query: Query) => index?.search(queryOf(query)).facets;
  const row: Row = {
    engine: ENGINES[0],
    size,
    buildMs,
    heapMb,
    ...latencies(search, queryMix(generated), queryMix(generated, 7)),
  };
  if (size === 10_000) {
    const dataset = {
      ...recklinghausenSample,
      offers,
      goodPractice: [],
      goals: [],
      actionSteps: [],
    };
    const json = JSON.stringify(buildFeed(dataset, recklinghausenProfile));
    index = undefined;
    // The feed's JSON is parsed beforehand: parsing is the browser's (or the server's) part, not the index's.
    const runs = Array.from({ length: 5 }, () => {
      const feed: unknown = JSON.parse(json);
      gc();
      const t = performance.now();
      loadOfferIndex(feed);
      return performance.now() - t;
    }).sort((a, b) => a - b);
    row.loadMs = runs[2] ?? 0;
  }
  return row;
}

async function measureMiniSearch(size: number): Promise<Row> {
  const factory: EngineFactory = minisearch;
  const generated = generateOffers(size);
  await factory.build(generateOffers(1000, 7).map((o) => o.doc));
  gc();
  const before = memory();
  const started = performance.now();
  const engine = await factory.build(generated.map((o) => o.doc));
  const buildMs = performance.now() - started;
  gc();
  const heapMb = (memory() - before) / 2 ** 20;
  const search = (query: Query) => engine.search(query.text, K, query.filter);
  return {
    engine: ENGINES[1],
    size,
    buildMs,
    heapMb,
    ...latencies(search, queryMix(generated), queryMix(generated, 7)),
  };
}

const only = process.env.BENCH_ONE;
if (only !== undefined) {
  const [size, engine] = only.split(':');
  const row =
    engine === ENGINES[0] ? measureOfferIndex(Number(size)) : await measureMiniSearch(Number(size));
  console.log(JSON.stringify(row));
  process.exit(0);
}

const rows: Row[] = [];
for (const size of sizes) {
  for (const engine of ENGINES) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string], {
      env: { ...process.env, BENCH_ONE: `${size}:${engine}` },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (child.status !== 0) throw new Error(`${size} ${engine}: ${child.stderr}`);
    rows.push(JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Row);
    console.error(`${size} ${engine} done`);
  }
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '' : n.toFixed(digits));
const header = ['size', 'engine', 'build ms', 'heap MB', 'p50 ms', 'p99 ms', 'cpu p50', 'cpu p99'];
const table = rows.map((r) => [
  String(r.size),
  r.engine,
  fmt(r.buildMs, 0),
  fmt(r.heapMb),
  fmt(r.p50, 2),
  fmt(r.p99, 2),
  fmt(r.cpuP50, 2),
  fmt(r.cpuP99, 2),
]);
console.log('\nThe public call (OfferIndex.search with facets, from dist) beside MiniSearch:');
console.log(markdownTable(header, table));
const load = rows.find((r) => r.loadMs !== undefined);
if (load)
  console.log(
    `\nloadOfferIndex of a prebuilt 10k feed (parsed JSON): median ${fmt(load.loadMs, 0)} ms (of 5)`,
  );
console.log(
  `Machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
