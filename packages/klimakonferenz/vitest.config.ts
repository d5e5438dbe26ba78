import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@vielfalt/source'] },
  test: {
    name: 'klimakonferenz',
    dir: './src',
  },
});
