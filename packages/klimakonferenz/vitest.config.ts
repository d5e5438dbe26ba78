import { defineConfig } from 'vitest/config';

// Node tests resolve through Vite's SSR environment, which has its own condition list: set both so
// workspace packages load from their `src/` without a build.
export default defineConfig({
  resolve: { conditions: ['@vielfalt/source'] },
  ssr: { resolve: { conditions: ['@vielfalt/source'], externalConditions: ['@vielfalt/source'] } },
  test: {
    name: 'klimakonferenz',
    dir: './src',
    // Property tests and Monte Carlo simulations run thousands of cases; on a busy two-core CI machine the
    // default 5 s is too tight.
    testTimeout: 30_000,
  },
});
