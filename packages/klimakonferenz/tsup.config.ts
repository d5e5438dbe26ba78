import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/scoring.ts', 'src/sample.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
