import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/main.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  // tsup leaves dependencies and peer dependencies out of the bundle, but not optional ones: the server is
  // loaded from its own package when it is installed, never copied into this one.
  external: ['@vielfalt/server'],
});
