import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('dictionary chunks (min + gzip)', () => {
  it('keeps the data out of the entry: each language is its own chunk, loaded on demand', async () => {
    const result = await build({
      entryPoints: [new URL('./index.ts', import.meta.url).pathname],
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      outdir: '/virtual',
      write: false,
      conditions: ['@vielfalt/source'],
      logLevel: 'silent',
    });
    const files = result.outputFiles.map((f) => ({
      path: f.path,
      text: f.text,
      gzip: gzipSync(f.text).length,
    }));
    const entry = files.find((f) => f.path.endsWith('/index.js'));
    // The translator and the lexicon it runs first (its 256 concepts in seven languages are most of the 29 KB,
    // fetched only when a query in another language comes); no dictionary data.
    expect(entry?.gzip).toBeLessThanOrEqual(32 * 1024);
    expect(entry?.text).not.toContain('aufenthaltserlaubnis');
    // Each data file begins with a legal comment naming its sources (`/*! Farsi → German …`), which minifiers keep.
    const data = files.filter((f) => f !== entry && /\/\*! \w+ → German/.test(f.text));
    expect(data).toHaveLength(6);
    for (const chunk of data) expect(chunk.gzip).toBeLessThanOrEqual(200 * 1024);
  });
});
