import { share } from '../shard.js';
import { ClosedModelExecutor, rampingVus as schedule } from './closed-model.js';
import { scaleStages, stagesOf, type ExecutorKind, type Stage } from './kind.js';

export interface RampingVusPlan {
  executor: 'ramping-vus';
  startVus: number;
  stages: Stage[];
}

const peakVus = (plan: RampingVusPlan) => Math.max(plan.startVus, ...plan.stages.map((st) => st.target));

/** k6's ramping-vus: from `start_vus`, each stage moves the VU count linearly to its target. */
export const rampingVus: ExecutorKind<RampingVusPlan> = {
  name: 'ramping-vus',
  plan: (load) => ({
    executor: 'ramping-vus',
    startVus: load.start_vus,
    stages: stagesOf(load).map((st) => ({ ...st, target: Math.round(st.target) })),
  }),
  shard: (plan, shard) => ({
    ...plan,
    startVus: share(plan.startVus, shard),
    stages: plan.stages.map((st) => ({ ...st, target: share(st.target, shard) })),
  }),
  maxVus: peakVus,
  peakRatePerS: () => 0,
  lasting: (plan, ms) => ({ ...plan, stages: scaleStages(plan.stages, ms) }),
  workerUnits: (plan) => peakVus(plan) / 50,
  create: (plan, ctx) => new ClosedModelExecutor(schedule(plan.startVus, plan.stages), ctx),
};
