import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'docs-checks',
    dir: './src',
    // The guide test installs packed tarballs with npm; that takes a while on two cores.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
