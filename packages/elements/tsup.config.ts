import { defineConfig } from 'tsup';

const defines = [
  'offer-search',
  'offer-detail',
  'offer-form',
  'klima-board',
  'klima-report',
  'klima-map',
  'strategy',
  'all',
];

/**
 * The npm build: classes without side effects, one define module per element, dependencies external. The CDN
 * file (everything bundled, languages split off) is built by scripts/build-cdn.mjs.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(defines.map((d) => [`define/${d}`, `src/define/${d}.ts`])),
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
