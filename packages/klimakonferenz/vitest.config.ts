import { defineConfig } from 'vitest/config';

// Node tests resolve through Vite's SSR environment, which has its own condition list: set both so
// workspace packages load from their `src/` without a build.
export default defineConfig({
  resolve: { conditions: ['@vielfalt/source'] },
  ssr: { resolve: { conditions: ['@vielfalt/source'], externalConditions: ['@vielfalt/source'] } },
  test: {
    name: 'klimakonferenz',
    dir: './src',
  },
});
