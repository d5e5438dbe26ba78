// How long validation and the schedule helpers take on the Recklinghausen sample (prints numbers, asserts nothing).
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import {
  distanceKm,
  isOpenAt,
  recklinghausenProfile,
  validateDataset,
  validateOffer,
} from '../dist/index.js';

const sample = JSON.parse(
  await readFile(
    new URL('../../sample-data/data/recklinghausen-sample.json', import.meta.url),
    'utf8',
  ),
);

function measure(name, runs, work) {
  work(); // warm-up: the first call compiles zod's parsers
  const start = performance.now();
  for (let run = 0; run < runs; run += 1) work();
  const ms = (performance.now() - start) / runs;
  console.log(`${name.padEnd(48)} ${ms.toFixed(3).padStart(10)} ms`);
}

const offers = sample.offers;
const now = new Date('2026-11-24T15:30:00+01:00');
const centre = recklinghausenProfile.county.centre;

console.log(
  `sample: ${offers.length} offers, ${sample.actors.length} actors, ${sample.contacts.length} contacts`,
);
measure('validateDataset(sample)', 20, () => validateDataset(recklinghausenProfile, sample));
measure('validateOffer(one offer)', 500, () => validateOffer(recklinghausenProfile, offers[0]));
measure('isOpenAt over every offer', 200, () => offers.filter((o) => isOpenAt(o.schedule, now)));
measure('distanceKm to every location', 2000, () =>
  offers.flatMap((o) => o.locations ?? []).map((l) => (l.geo ? distanceKm(centre, l.geo) : 0)),
);
