// The CDN build: `vielfalt-elements.js`, a small loader a page names in its script tag, and `chunks/` beside it:
// the main chunk with Lit, the search engine and the search and detail elements, and the files fetched only by
// pages that use them (the other elements, which bring zod; languages other than German; the lexicon). The loader
// exists so that a page whose `chunks/` folder is missing says so instead of showing nothing.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // UTF-8 instead of \u escapes: Arabic, Cyrillic and Farsi texts take a third of the bytes.
  charset: 'utf8',
  conditions: ['@vielfalt/source'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
};

/**
 * Builds the CDN files into `outdir` (default `dist/cdn`); with `write: false` returns them instead, as esbuild
 * output files, for tests that serve them from memory.
 */
export async function buildCdn({ outdir = 'dist/cdn', write = true } = {}) {
  const elements = await build({
    ...common,
    entryPoints: { elements: 'src/cdn.ts' },
    outdir,
    splitting: true,
    sourcemap: write,
    write,
    metafile: true,
    entryNames: 'chunks/[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
  });
  const mainChunk = Object.entries(elements.metafile.outputs).find(
    ([, output]) => output.entryPoint === 'src/cdn.ts',
  )?.[0];
  if (mainChunk === undefined) throw new Error('build-cdn: no main chunk');
  const relative = `./${mainChunk.slice(mainChunk.lastIndexOf('chunks/'))}`;
  const loader = await build({
    ...common,
    entryPoints: { 'vielfalt-elements': 'src/cdn-loader.ts' },
    outdir,
    write,
    define: { __VF_MAIN_CHUNK__: JSON.stringify(relative) },
    // The chunks are built above: the loader imports them, it does not contain them.
    external: ['./chunks/*'],
  });
  return [...(elements.outputFiles ?? []), ...(loader.outputFiles ?? [])];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCdn();
