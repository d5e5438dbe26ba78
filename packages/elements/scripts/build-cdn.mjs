// The CDN build: one file that registers every element, with Lit, the search engine and the search and detail
// elements bundled; the other elements (they bring zod) and
// languages other than German become separate files beside it, fetched only by pages that use them.
import { build } from 'esbuild';

await build({
  absWorkingDir: new URL('..', import.meta.url).pathname,
  entryPoints: { 'vielfalt-elements': 'src/cdn.ts' },
  outdir: 'dist/cdn',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  // UTF-8 instead of \u escapes: Arabic, Cyrillic and Farsi texts take a third of the bytes.
  charset: 'utf8',
  conditions: ['@vielfalt/source'],
  tsconfig: 'tsconfig.json',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
