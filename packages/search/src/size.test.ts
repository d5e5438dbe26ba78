import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * Bundles code that imports from the built package as a page would (ESM, minified, browser) and returns its
 * gzip size in bytes. It measures `dist/` (what npm publishes, built before the tests run), not the source:
 * how tsup splits the files decides what a consumer's bundler can leave out.
 */
async function gzipSize(contents: string): Promise<{ bytes: number; code: string }> {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { bytes: gzipSync(code).length, code };
}

describe('bundle size of dist (min + gzip)', () => {
  it('keeps the core without language data at or under 8 KB', async () => {
    const { bytes, code } = await gzipSize("export * from './dist/core.js';");
    expect(bytes).toBeLessThanOrEqual(8 * 1024);
    // No language data leaks into the core.
    expect(code).not.toContain('kindertagesstatte');
    expect(code).not.toContain('$ZodType');
  });

  it('keeps the German analysis (stemmer, stop words, synonyms) at or under 6 KB', async () => {
    const { bytes } = await gzipSize("export * from './dist/german.js';");
    expect(bytes).toBeLessThanOrEqual(6 * 1024);
  });

  it('keeps loadOfferIndex alone at or under 16 KB, without zod', async () => {
    const { bytes, code } = await gzipSize(
      "import { loadOfferIndex } from './dist/index.js'; globalThis.load = loadOfferIndex;",
    );
    expect(code).toContain('vielfalt-feed');
    expect(code).not.toContain('$ZodType');
    expect(bytes).toBeLessThanOrEqual(16 * 1024);
  });
});
