import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Real Chromium and Firefox with the built extension (see test/browser/). One browser per file,
// two files at a time: 145 s against 251 s one at a time on a 2-core machine, three runs green,
// the late ads' worst latency 285 ms against 169 (the suite's bound is 500 ms).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    maxWorkers: Math.min(2, availableParallelism()),
  },
});
