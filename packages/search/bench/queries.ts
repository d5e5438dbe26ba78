/**
 * The benchmark's fixed query mix, shared by `bench.ts` and the quick timing script `profile.ts`.
 */
import { distanceKm } from '@vielfalt/model';
import { type GeneratedOffer, pools, random } from './generate.js';

/** One benchmark query: its kind in the mix, the text, and the filter of filtered and geo queries. */
export interface Query {
  kind: string;
  text: string;
  filter?: (id: string) => boolean;
  /** The municipality of a filtered query, or the centre of a geo query (5 km), for engines with filters. */
  place?: { kind: 'municipality' | 'near'; ags: string };
}

/**
 * The fixed query mix: 20 queries of each kind, from the same seed for every engine. Another seed gives
 * another mix of the same kinds, which the benchmark runs first to warm up every engine alike.
 */
export function queryMix(offers: GeneratedOffer[], seed = 42): Query[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const long = pools.nouns.filter((w) => w.length >= 7);
  const typo = (w: string) => {
    const i = 1 + Math.floor(next() * (w.length - 3));
    return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
  };
  const byId = new Map(offers.map((o) => [o.doc.id, o]));
  const queries: Query[] = [];
  for (let i = 0; i < 20; i++) {
    const city = pick(pools.cities);
    queries.push(
      { kind: 'single', text: pick(pools.nouns) },
      { kind: 'several', text: `${pick(pools.nouns)} ${pick(pools.summary)} ${pick(pools.nouns)}` },
      { kind: 'typo', text: typo(pick(long)) },
      { kind: 'prefix', text: pick(long).slice(0, 4) },
      { kind: 'compound', text: pick(pools.nouns) + pick(pools.nouns).toLowerCase() },
      {
        kind: 'filtered',
        text: pick(pools.nouns),
        filter: (id) => byId.get(id)?.municipality === city.ags,
        place: { kind: 'municipality', ags: city.ags },
      },
      {
        kind: 'geo',
        text: pick(pools.nouns),
        filter: (id) => {
          const o = byId.get(id);
          return o !== undefined && distanceKm(city.centre, o) <= 5;
        },
        place: { kind: 'near', ags: city.ags },
      },
    );
  }
  return queries;
}
