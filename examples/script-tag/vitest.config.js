import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'example-script-tag',
    dir: '.',
    include: ['*.test.js'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
