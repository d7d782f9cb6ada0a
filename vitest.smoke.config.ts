import { defineConfig } from 'vitest/config';

// The bench smoke: short runs of the benchmarks themselves, apart from the unit suite (npm run bench:smoke).
export default defineConfig({
  test: {
    include: ['test/smoke/**/*.test.ts'],
    testTimeout: 150_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
