import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    german: 'src/german/index.ts',
    lexicon: 'src/lexicon/index.ts',
    dictionary: 'src/dictionary/index.ts',
    'dictionary-en': 'src/dictionary/data/en.ts',
    'dictionary-ar': 'src/dictionary/data/ar.ts',
    'dictionary-uk': 'src/dictionary/data/uk.ts',
    'dictionary-ru': 'src/dictionary/data/ru.ts',
    'dictionary-tr': 'src/dictionary/data/tr.ts',
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
});
