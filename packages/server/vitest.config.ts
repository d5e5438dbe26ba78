import { defineConfig } from 'vitest/config';

// Tests run in Node, where Vite resolves through `ssr.resolve`; both get the source condition so
// workspace packages load from their `src/` without a build.
const conditions = ['@vielfalt/source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    name: 'server',
    dir: './src',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // One PostgreSQL for the whole run: TEST_DATABASE_URL's, or an embedded one from npm.
    globalSetup: ['@vielfalt/testing/postgres'],
  },
});
