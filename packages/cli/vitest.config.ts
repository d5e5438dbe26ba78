import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their sources, so the tests need no prior build. Vitest runs Node tests in
// Vite's SSR environment, which takes its conditions from `ssr.resolve`, not from `resolve`.
const conditions = ['@vielfalt/source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    name: 'cli',
    dir: './src',
    // Commands start servers and read whole datasets; on a busy two-core CI machine 5 s is not enough.
    testTimeout: 30_000,
  },
});
