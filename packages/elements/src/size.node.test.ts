import { describe, expect, test } from 'vitest';
import { bundleSize } from './size.js';

const KB = 1024;
/** Everything that is not this package's own code or Lit. */
const dependencies = ['@vielfalt/*', 'zod'];

/**
 * This package's share of the budgets: its own code, the German texts and Lit. The budgets with every dependency
 * (CDN ≤ 50 KB, offer search ≤ 35 KB) are checked by `npm run size` (bench/size-budget.test.ts).
 */
describe('size budget of this package (own code and Lit, gzip)', () => {
  test('<vf-offer-search> with Lit stays within 18 KB', async () => {
    const size = await bundleSize('src/define/offer-search.ts', dependencies);
    console.info(`offer-search own code + Lit: ${(size.gzipped / KB).toFixed(1)} KB gzip`);
    expect(size.gzipped).toBeLessThanOrEqual(18 * KB);
  });

  test('the CDN file with every element and Lit stays within 28 KB', async () => {
    const size = await bundleSize('src/cdn.ts', dependencies);
    console.info(`CDN own code + Lit: ${(size.gzipped / KB).toFixed(1)} KB gzip`);
    expect(size.gzipped).toBeLessThanOrEqual(28 * KB);
  });

  test('other languages are not in the main file', async () => {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: ['src/define/offer-search.ts'],
      absWorkingDir: new URL('..', import.meta.url).pathname,
      bundle: true,
      splitting: true,
      outdir: 'dist/size-check',
      write: false,
      format: 'esm',
      conditions: ['@vielfalt/source'],
      external: dependencies,
      charset: 'utf8',
      logLevel: 'error',
    });
    const main = out.outputFiles.find((f) => f.path.endsWith('/offer-search.js'))!.text;
    expect(main).toContain('Angebote suchen');
    expect(main).not.toContain('البحث عن العروض');
    expect(out.outputFiles.some((f) => f.text.includes('البحث عن العروض'))).toBe(true);
  });
});
