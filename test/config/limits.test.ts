import { describe, expect, it } from 'vitest';
import { beyondOneMachine, planLoad } from '../../src/engine/executors/registry.js';
import { validateProfile } from '../../src/config/load.js';
import { shardPlan } from '../../src/engine/executors/registry.js';

const plan = (load: Record<string, unknown>) =>
  planLoad(validateProfile({ target: 'http://x', load, scenarios: { a: { flow: [{ request: 'GET /' }] } } }, 't').load);

describe('what one machine runs', () => {
  it('refuses more than 100,000 VUs or 200,000 iterations a second on one machine, and lets shards split them', () => {
    const vus = plan({ executor: 'constant-vus', vus: 150_000, duration: '1s' });
    expect(beyondOneMachine(vus)).toMatch(/150000 VUs on one machine .* --shard I\/K/);
    expect(beyondOneMachine(shardPlan(vus, { index: 1, count: 2 }))).toBeUndefined();
    const rate = plan({ executor: 'ramping-arrival-rate', stages: [{ duration: '1s', target: 300_000 }], max_vus: 1000 });
    expect(beyondOneMachine(rate)).toMatch(/300000 iterations a second/);
    expect(beyondOneMachine(shardPlan(rate, { index: 2, count: 2 }))).toBeUndefined();
    expect(beyondOneMachine(plan({ executor: 'constant-vus', vus: 100_000, duration: '1s' }))).toBeUndefined();
  });
});
