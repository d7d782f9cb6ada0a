import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Load tests measure timing; running files one at a time keeps the two cores for the test at hand.
    fileParallelism: false,
  },
});
