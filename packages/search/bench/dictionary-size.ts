import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { shippedDictionaries } from '../src/dictionary/index.js';

/** Min + gzip size in bytes of each language's dictionary chunk, as a page bundles it. */
export async function dictionaryChunkSizes(root = process.cwd()): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const language of shippedDictionaries) {
    const result = await build({
      entryPoints: [`${root}/src/dictionary/data/${language}.ts`],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    sizes.set(language, gzipSync(result.outputFiles[0]?.text ?? '').length);
  }
  return sizes;
}

/** The sizes as one line: `en 177.4 KB · ar 81.1 KB · …`. */
export async function formatDictionaryChunkSizes(): Promise<string> {
  return [...(await dictionaryChunkSizes())]
    .map(([language, bytes]) => `${language} ${(bytes / 1024).toFixed(1)} KB`)
    .join(' · ');
}
