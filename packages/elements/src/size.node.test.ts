import { describe, expect, test } from 'vitest';
import { bundleSize } from './size.js';

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * The budgets, measured on the built files npm publishes (run after `npm run build`), with every
 * dependency bundled (Lit, the search engine, the model, from their `dist`): what a page fetches when it
 * includes the file. Elements loaded on demand and other languages are printed, not budgeted.
 */
describe('size budgets (gzip)', () => {
  test.each([
    ['dist/cdn/vielfalt-elements.js', 50],
    ['dist/define/offer-search.js', 35],
  ])('%s with its dependencies is at most %i KB', async (entry, budget) => {
    const all = await bundleSize(entry);
    const own = await bundleSize(entry, ['zod', '@vielfalt/*']);
    console.info(
      `${entry}: ${kb(all.gzipped)} (${kb(all.minified)} minified), budget ${budget} KB; ` +
        `this package and Lit ${kb(own.gzipped)}; elements loaded on demand ${kb(all.onDemand)}`,
    );
    expect(all.gzipped).toBeLessThanOrEqual(budget * KB);
  });

  test('the offer search leaves out zod; the CDN file loads the elements that need it on demand', async () => {
    const withZod = await bundleSize('dist/cdn/vielfalt-elements.js');
    const zodExternal = await bundleSize('dist/define/offer-search.js', ['zod']);
    const zodBundled = await bundleSize('dist/define/offer-search.js');
    // zod weighs ~27 KB gzip; the few bytes of difference are chunk names in import paths.
    expect(Math.abs(zodExternal.gzipped - zodBundled.gzipped)).toBeLessThan(256);
    expect(withZod.onDemand).toBeGreaterThan(20 * KB);
  });

  test('other languages are not in the main file', async () => {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: ['dist/define/offer-search.js'],
      absWorkingDir: new URL('..', import.meta.url).pathname,
      bundle: true,
      splitting: true,
      outdir: 'dist/size-check',
      write: false,
      format: 'esm',
      external: ['@vielfalt/*', 'zod'],
      charset: 'utf8',
      logLevel: 'error',
    });
    const main = out.outputFiles.find((f) => f.path.endsWith('/offer-search.js'))!.text;
    expect(main).toContain('Angebote suchen');
    expect(main).not.toContain('البحث عن العروض');
    expect(out.outputFiles.some((f) => f.text.includes('البحث عن العروض'))).toBe(true);
  });
});
