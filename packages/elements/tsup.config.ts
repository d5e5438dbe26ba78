import { defineConfig } from 'tsup';

const defines = ['offer-search', 'offer-detail', 'offer-form', 'klima-board', 'klima-report', 'klima-map', 'strategy', 'all'];

export default defineConfig([
  {
    // The npm build: classes without side effects, one define module per element, dependencies external.
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(defines.map((d) => [`define/${d}`, `src/define/${d}.ts`])),
    },
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The CDN file: everything bundled and minified, registers every element.
    entry: { 'cdn/vielfalt-elements': 'src/cdn.ts' },
    format: ['esm'],
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    treeshake: true,
    // UTF-8 instead of \u escapes: Arabic, Cyrillic and Farsi texts take a third of the bytes.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);
