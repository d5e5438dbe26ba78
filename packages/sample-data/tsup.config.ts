import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  // esbuild writes import attributes only for targets it knows to support them (not es2022 or node20).
  target: 'esnext',
  // The JSON stays a file of its own beside dist (imported `with { type: 'json' }`, as Node needs), instead of
  // a second copy of 1.7 MB inside dist/index.js and its source map.
  external: ['../data/recklinghausen-sample.json'],
});
