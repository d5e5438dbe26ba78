import { defineConfig } from 'vitest/config';

// Tests run from the workspace packages' sources; Node tests resolve in Vite's SSR environment, which takes its
// conditions from `ssr.resolve`, not from `resolve`.
const conditions = ['@vielfalt/source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    name: 'search',
    dir: './src',
    // Property, fuzz and relevance tests index hundreds of documents per case; on a busy two-core CI machine
    // the default 5 s is too tight. Speed is measured by the benchmarks, not by test timeouts.
    testTimeout: 30_000,
  },
});
