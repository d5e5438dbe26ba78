import { defineConfig } from 'vitest/config';

// Node tests resolve through Vite's SSR environment, which has its own condition list: set both so
// workspace packages load from their `src/` without a build.
const conditions = ['@vielfalt/source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    name: 'sample-data',
    dir: './src',
    // Property tests run hundreds of cases; on a 2-core CI machine busy with other packages 5 s is too tight.
    testTimeout: 30_000,
  },
});
