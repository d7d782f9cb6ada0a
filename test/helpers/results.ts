import type { RunMeta } from '../../src/results/results.js';

/** The meta of a results file built by a test, with what the test cares about set. */
export function testMeta(overrides: Partial<RunMeta> = {}): RunMeta {
  return {
    name: 'svc',
    target: 'http://x',
    startedAt: '',
    endedAt: '2026-11-24T00:00:00Z',
    durationS: 10,
    executor: 'constant-vus',
    profile: null,
    seed: 1,
    interrupted: null,
    tool: { name: 'llm-load', version: 't', node: 'v' },
    ...overrides,
  };
}
