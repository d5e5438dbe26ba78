import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@vielfalt/source'] },
  test: {
    name: 'elements',
    dir: './src',
  },
});
