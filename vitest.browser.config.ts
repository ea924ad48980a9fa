import { defineConfig } from 'vitest/config';

// Real Chromium and Firefox with the built extension (see test/browser/). One browser per file.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
