import { defineConfig } from 'vitest/config';

// Real browsers: one at a time (2 cores), generous timeouts, no retries hiding flakiness.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
