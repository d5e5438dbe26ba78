import { expect, test } from 'vitest';
import { bundleSize } from '../src/size.js';

const KB = 1024;

/**
 * The budgets with every dependency bundled (Lit, the search engine, the model, zod). Run by
 * `npm run size`; prints what each part weighs.
 */
test.each([
  ['src/cdn.ts', 50],
  ['src/define/offer-search.ts', 35],
])('%s with its dependencies is at most %i KB gzip', async (entry, budget) => {
  const all = await bundleSize(entry);
  const withoutZod = await bundleSize(entry, ['zod']);
  const own = await bundleSize(entry, ['zod', '@vielfalt/*']);
  console.info(
    `${entry}: ${(all.gzipped / KB).toFixed(1)} KB gzip in all (${(all.minified / KB).toFixed(0)} KB minified); ` +
      `without zod ${(withoutZod.gzipped / KB).toFixed(1)} KB; this package and Lit ${(own.gzipped / KB).toFixed(1)} KB; budget ${budget} KB`,
  );
  expect(all.gzipped).toBeLessThanOrEqual(budget * KB);
});
