import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@vielfalt/source'] },
  test: {
    name: 'model',
    dir: './src',
    // Property tests run hundreds of cases; on a 2-core CI machine busy with other packages 5 s is too tight.
    testTimeout: 30_000,
  },
});
