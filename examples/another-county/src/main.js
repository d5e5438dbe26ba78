import { readFile } from 'node:fs/promises';
import { defineCountyProfile, validateDataset } from '@vielfalt/model';
import { startPortal } from '@vielfalt/example-recklinghausen/portal';

// Everything county-specific is in profile.json and dataset.json; no package is changed.
const read = async (name) =>
  JSON.parse(await readFile(new URL(`../${name}`, import.meta.url), 'utf8'));
const profile = defineCountyProfile(await read('profile.json'));
const checked = validateDataset(profile, await read('dataset.json'));
if (!checked.ok) {
  for (const problem of checked.problems)
    console.error(`${problem.path}: ${problem.message.de} / ${problem.message.en}`);
  process.exit(1);
}

const portal = await startPortal({
  profile,
  dataset: checked.dataset,
  storeLocation: process.env.DATABASE_URL ?? new URL('../.data', import.meta.url).pathname,
  port: Number(process.env.PORT ?? 5174),
});
console.log(`${profile.county.name}: ${portal.url}`);
process.once('SIGINT', () => portal.close().finally(() => process.exit(0)));
