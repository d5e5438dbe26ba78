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
  },
});
