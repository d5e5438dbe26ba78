import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Bundles an entry as a page would (ESM, minified, browser) and returns its gzip size in bytes. */
async function gzipSize(entry: string): Promise<{ bytes: number; code: string }> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    conditions: ['@vielfalt/source'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { bytes: gzipSync(code).length, code };
}

describe('bundle size (min + gzip)', () => {
  it('keeps the core without language data at or under 8 KB', async () => {
    const { bytes, code } = await gzipSize('./core.ts');
    expect(bytes).toBeLessThanOrEqual(8 * 1024);
    // No language data leaks into the core.
    expect(code).not.toContain('kindertagesstatte');
    expect(code).not.toContain('zod');
  });

  it('keeps the German analysis (stemmer, stop words, synonyms) at or under 6 KB', async () => {
    const { bytes } = await gzipSize('./german/index.ts');
    expect(bytes).toBeLessThanOrEqual(6 * 1024);
  });
});
