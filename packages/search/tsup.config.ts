import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const dictionaryLanguages = ['en', 'ar', 'uk', 'ru', 'tr', 'fa'] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    german: 'src/german/index.ts',
    // The synonym list alone, for pages that load it on demand (`openOfferIndex`, `useSynonyms`).
    synonyms: 'src/german/synonyms.ts',
    lexicon: 'src/lexicon/index.ts',
    // The zod schemas get files of their own (not exported subpaths): inside dist/index.js their top-level
    // `z.object(…)` calls would be kept by every bundler, so `import { loadOfferIndex }` would carry zod. In
    // files of their own, a bundler drops them when `feedSchema` and `offerQuerySchema` go unused
    // (`sideEffects: false`). What the schemas share with the search path (the feed outline, the query
    // defaults) are entries too: esbuild puts modules reached from the same entries into one chunk, and the
    // schema and its plain helper would share one. src/size.test.ts checks the result.
    'feed-schema': 'src/offers/feed-schema.ts',
    'feed-outline': 'src/offers/feed-outline.ts',
    'query-schema': 'src/offers/query.ts',
    'query-shape': 'src/offers/query-shape.ts',
    dictionary: 'src/dictionary/index.ts',
    ...Object.fromEntries(
      dictionaryLanguages.map((language) => [
        `dictionary-${language}`,
        `src/dictionary/data/${language}.ts`,
      ]),
    ),
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // Keep Arabic and Cyrillic dictionary data as UTF-8 instead of \uXXXX escapes (twice the bytes).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
  async onSuccess() {
    // The dictionaries' sources and licences travel with their data: each file's header says "see NOTICE.md".
    await copyFile('src/dictionary/data/NOTICE.md', 'dist/NOTICE.md');
    // A dictionary's source map maps one string literal onto itself: 1.7 MB in the tarball that nobody reads.
    for (const language of dictionaryLanguages) {
      const file = `dist/dictionary-${language}.js`;
      const code = await readFile(file, 'utf8');
      await writeFile(file, code.replace(/\n\/\/# sourceMappingURL=\S+\n?$/, '\n'));
      await rm(`${file}.map`);
    }
  },
});
