import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The bench smoke runs on its own (npm run bench:smoke): the unit suite runs no benchmark.
    exclude: ['test/smoke/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Load tests measure timing; running files one at a time keeps the two cores for the test at hand.
    fileParallelism: false,
  },
});
