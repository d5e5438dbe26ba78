import { describe, expect, test } from 'vitest';
import { bundleSize, cdnFiles, type CdnFile } from './size.js';

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const sum = (files: readonly CdnFile[]) => files.reduce((n, f) => n + f.gzipped, 0);

/**
 * The budgets, measured on the built files npm publishes (run after `npm run build`), with every
 * dependency bundled (Lit, the search engine, the model, from their `dist`): what a page fetches when it
 * includes the file. The CDN build is measured file by file as a browser fetches it. Elements loaded on demand
 * and other languages are printed, not budgeted.
 */
describe('size budgets (gzip)', () => {
  test('dist/define/offer-search.js with its dependencies is at most 35 KB', async () => {
    const entry = 'dist/define/offer-search.js';
    const all = await bundleSize(entry);
    const own = await bundleSize(entry, ['zod', '@vielfalt/*']);
    console.info(
      `${entry}: ${kb(all.gzipped)} (${kb(all.minified)} minified), budget 35 KB; ` +
        `this package and Lit ${kb(own.gzipped)}; loaded on demand ${kb(all.onDemand)}`,
    );
    expect(all.gzipped).toBeLessThanOrEqual(35 * KB);
  });

  test('the CDN build: the loader, its main chunk and their static imports are at most 50 KB', async () => {
    const files = await cdnFiles();
    const first = sum(files.filter((f) => f.firstLoad));
    console.info(
      `dist/cdn first load ${kb(first)} in ${files.filter((f) => f.firstLoad).length} files, budget 50 KB; ` +
        `loaded on demand ${kb(sum(files.filter((f) => !f.firstLoad)))}`,
    );
    // The loader alone is a few hundred bytes: the main chunk must have been found and counted.
    expect(first).toBeGreaterThan(10 * KB);
    expect(first).toBeLessThanOrEqual(50 * KB);
  });

  test('the offer search leaves out zod; the CDN file loads the elements that need it on demand', async () => {
    const zodExternal = await bundleSize('dist/define/offer-search.js', ['zod']);
    const zodBundled = await bundleSize('dist/define/offer-search.js');
    // zod weighs ~27 KB gzip; the few bytes of difference are chunk names in import paths.
    expect(Math.abs(zodExternal.gzipped - zodBundled.gzipped)).toBeLessThan(256);

    // zod 4 names its classes with string literals such as "$ZodType", which minifying keeps.
    const files = await cdnFiles();
    const withZod = files.filter((f) => f.text.includes('"$ZodType"'));
    expect(files.filter((f) => f.firstLoad && withZod.includes(f))).toEqual([]);
    expect(sum(withZod)).toBeGreaterThan(20 * KB);
    const form = files.filter((f) => /\/offer-form-\w+\.js$/.test(f.path));
    expect(form).toHaveLength(1);
    expect(form[0]!.firstLoad).toBe(false);
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
