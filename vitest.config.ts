import { defineConfig } from 'vitest/config';

/**
 * Files that measure time or load the machine run one at a time, after the rest: on two cores a second
 * file beside them would skew what they measure. The rest run two at a time: they mostly wait on
 * subprocesses and loopback servers. The bench smoke runs on its own (npm run bench:smoke).
 */
const MEASURING = [
  'test/engine/**/*.test.ts',
  'test/http/**/*.test.ts',
  'test/e2e/ab.test.ts',
  'test/e2e/action-ab.test.ts',
  'test/e2e/cli.test.ts',
  'test/e2e/llm-cli.test.ts',
  'test/e2e/gate-detect.test.ts',
  'test/e2e/endurance.test.ts',
  'test/e2e/scale.test.ts',
  'test/e2e/faults.test.ts',
  'test/stack/process.test.ts',
  'test/mock/capacity.test.ts',
  'test/e2e/real-engine.test.ts',
  'test/bench-engine.test.ts',
];
const common = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...common,
          name: 'waiting',
          include: ['test/**/*.test.ts'],
          exclude: ['test/smoke/**', '**/node_modules/**', ...MEASURING],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: { ...common, name: 'measuring', include: MEASURING, fileParallelism: false, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
