import type { Plugin } from 'esbuild';
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
 * Keeps `import './offer-search.js'` in a define module (define/all) as an import of the sibling file in
 * dist/define. Bundled, the `define()` call of each element would move into a chunk shared by its own entry
 * and define/all, which `sideEffects` does not name, and a consumer's bundler would drop it.
 */
const siblingDefines: Plugin = {
  name: 'sibling-defines',
  setup(build) {
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) =>
      /[/\\]src[/\\]define$/.test(args.resolveDir)
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

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
  esbuildPlugins: [siblingDefines],
});
