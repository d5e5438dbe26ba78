import { defineConfig } from 'tsup';

export default defineConfig({
  // Interop formats are subpath exports so the core stays small.
  entry: {
    index: 'src/index.ts',
    helpers: 'src/helpers.ts',
    hsds: 'src/hsds/index.ts',
    jsonld: 'src/jsonld/index.ts',
    csv: 'src/csv/index.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
