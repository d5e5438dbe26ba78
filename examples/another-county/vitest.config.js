import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'example-another-county', dir: './src', testTimeout: 60_000, hookTimeout: 120_000 },
});
