/**
 * Quick timings of this engine alone, for working on its speed: build, the query mix per kind (slowest
 * queries listed), serialize, and loading split into JSON parsing and `loadIndex`. Much faster than the full
 * benchmark because no peer runs. Prints numbers, asserts nothing.
 *
 * Run from the package directory (sizes: PROFILE_SIZES=10000,100000; runs: PROFILE_RUNS=3):
 * `esbuild bench/profile.ts --bundle --platform=node --format=esm --conditions=@vielfalt/source
 * --outfile=node_modules/.cache/profile.mjs && node --expose-gc node_modules/.cache/profile.mjs`
 */
import os from 'node:os';
import { SearchIndex, loadIndex, serializeIndex } from '../src/core.js';
import { germanAnalyzer, germanSynonyms } from '../src/german/index.js';
import { offerFields } from '../src/offers/fields.js';
import { generateOffers } from './generate.js';
import { queryMix } from './queries.js';
import { gc, percentile, timed } from './timing.js';

const sizes = (process.env.PROFILE_SIZES ?? '10000').split(',').map(Number);
const runs = Number(process.env.PROFILE_RUNS ?? 3);
// The offer layer's options (offerIndexOptions), built from the parts so that this script needs only the
// core, the German analysis and the field list.
const offerIndexOptions = () => ({
  fields: offerFields,
  analyzer: germanAnalyzer,
  synonyms: germanSynonyms,
});

const fmt = (t: { ms: number; cpuMs: number }) =>
  `${t.ms.toFixed(1)} ms (cpu ${t.cpuMs.toFixed(1)})`;

for (const size of sizes) {
  const offers = generateOffers(size);
  const docs = offers.map((o) => o.doc);
  const queries = queryMix(offers);
  const warmUp = queryMix(offers, 7);
  for (let run = 0; run < runs; run++) {
    gc();
    const build = timed(() => {
      const index = new SearchIndex(offerIndexOptions());
      for (const doc of docs) index.add(doc);
      return index;
    });
    const index = build.value;
    for (const query of warmUp) index.search(query.text, { limit: 20 }); // as the benchmark warms up
    const times = queries.map((query) => {
      const t = timed(() =>
        index.search(query.text, { limit: 20, ...(query.filter ? { filter: query.filter } : {}) }),
      );
      return { ...t, query };
    });
    const sorted = [...times].sort((a, b) => a.ms - b.ms);
    const ms = sorted.map((t) => t.ms);
    const cpuMs = times.map((t) => t.cpuMs).sort((a, b) => a - b);
    const json = JSON.stringify(serializeIndex(index));
    gc();
    const parse = timed(() => JSON.parse(json) as unknown);
    const load = timed(() => loadIndex(parse.value, offerIndexOptions()));
    const first = timed(() => {
      for (const query of queries) load.value.search(query.text, { limit: 20 });
    });
    console.log(
      `${size} run ${run + 1}: build ${fmt(build)} · p50 ${percentile(ms, 50).toFixed(2)} p99 ${percentile(ms, 99).toFixed(2)} ms` +
        ` (cpu p99 ${percentile(cpuMs, 99).toFixed(2)})` +
        ` · ${(json.length / 2 ** 20).toFixed(1)} MB json · parse ${fmt(parse)} · loadIndex ${fmt(load)}` +
        ` · mix after load ${fmt(first)}`,
    );
    const kinds = new Map<string, number[]>();
    for (const t of times) kinds.set(t.query.kind, [...(kinds.get(t.query.kind) ?? []), t.ms]);
    console.log(
      '  max per kind: ' +
        [...kinds].map(([kind, ms]) => `${kind} ${Math.max(...ms).toFixed(2)}`).join(' · '),
    );
    // Run alone and repeated, a query shows what it costs itself rather than a pause that hit it once.
    const alone = (query: (typeof queries)[number]) => {
      const runs = Array.from({ length: 9 }, () =>
        timed(() =>
          index.search(query.text, {
            limit: 20,
            ...(query.filter ? { filter: query.filter } : {}),
          }),
        ),
      ).sort((a, b) => a.ms - b.ms);
      return runs[4]?.ms ?? 0;
    };
    console.log(
      '  slowest: ' +
        sorted
          .slice(-5)
          .reverse()
          .map(
            (t) =>
              `${t.query.kind} "${t.query.text}" ${t.ms.toFixed(2)} (alone ${alone(t.query).toFixed(2)})`,
          )
          .join(' · '),
    );
  }
}
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
