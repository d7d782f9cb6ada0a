import { share } from '../shard.js';
import { ClosedModelExecutor, constantVus as schedule } from './closed-model.js';
import type { ExecutorKind } from './kind.js';

export interface ConstantVusPlan {
  executor: 'constant-vus';
  vus: number;
  durationMs: number;
}

/** k6's constant-vus: `vus` VUs loop over iterations for `duration`. */
export const constantVus: ExecutorKind<ConstantVusPlan> = {
  name: 'constant-vus',
  plan: (load) => ({ executor: 'constant-vus', vus: load.vus!, durationMs: load.duration! }),
  shard: (plan, shard) => ({ ...plan, vus: share(plan.vus, shard) }),
  maxVus: (plan) => plan.vus,
  peakRatePerS: () => 0,
  lasting: (plan, ms) => ({ ...plan, durationMs: ms }),
  workerUnits: (plan) => plan.vus / 50,
  create: (plan, ctx) => new ClosedModelExecutor(schedule(plan.vus, plan.durationMs), ctx),
};
