import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'example-recklinghausen',
    dir: './src',
    // One browser, one portal per file; the steps of a journey run in order.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One PostgreSQL for the run: TEST_DATABASE_URL's, or an embedded one from npm.
    globalSetup: ['@vielfalt/testing/postgres'],
  },
});
