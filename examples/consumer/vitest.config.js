import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'example-consumer',
    dir: './src',
    // Packing and installing happen once for every test file (see src/setup.js).
    globalSetup: ['./src/setup.js'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
