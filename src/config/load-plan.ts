import { ConfigError } from '../core/errors.js';
import type { CapacityConfig, LoadConfig, Profile } from './schema.js';

export interface Stage {
  durationMs: number;
  target: number;
}

/** What an executor runs, with every default filled in and rates per second. */
export type LoadPlan =
  | { executor: 'constant-vus'; vus: number; durationMs: number }
  | { executor: 'ramping-vus'; startVus: number; stages: Stage[] }
  | { executor: 'constant-arrival-rate'; ratePerS: number; durationMs: number; preAllocatedVus: number; maxVus: number }
  | { executor: 'ramping-arrival-rate'; startRatePerS: number; stages: Stage[]; preAllocatedVus: number; maxVus: number };

const s = (seconds: number) => seconds * 1000;

function need<T>(value: T | undefined, field: string, what: string): T {
  if (value === undefined) throw new ConfigError(`load.${field}: ${what}`);
  return value;
}

/** VUs an open-model run keeps ready, and the most it may add when they are all busy. */
function vuBudget(load: LoadConfig, peakPerS: number): { preAllocatedVus: number; maxVus: number } {
  const preAllocatedVus = load.pre_allocated_vus ?? Math.max(1, Math.min(1000, Math.ceil(peakPerS)));
  return { preAllocatedVus, maxVus: load.max_vus ?? Math.max(preAllocatedVus, 100, preAllocatedVus * 10) };
}

/**
 * Turns `load:` into a plan: an executor with its fields, or a named shape expanded into stages
 * (baseline, spike, endurance). `stress` is a search, not a plan: see stressSearch.
 */
export function planLoad(load: LoadConfig): LoadPlan {
  switch (load.shape) {
    case 'baseline': {
      const users = load.users ?? 10;
      return {
        executor: 'ramping-vus',
        startVus: 0,
        stages: [
          { durationMs: load.ramp ?? s(30), target: users },
          { durationMs: load.duration ?? s(300), target: users },
        ],
      };
    }
    case 'spike': {
      const base = load.users ?? 10;
      const peak = load.peak ?? 500;
      const ramp = load.ramp ?? s(60);
      const hold = load.hold ?? s(60);
      return {
        executor: 'ramping-vus',
        startVus: 0,
        stages: [
          { durationMs: s(30), target: base },
          { durationMs: s(30), target: base },
          { durationMs: ramp, target: peak },
          { durationMs: hold, target: peak },
          { durationMs: ramp, target: base },
          { durationMs: load.duration ?? s(60), target: base },
        ],
      };
    }
    case 'endurance': {
      const users = load.users ?? 20;
      return {
        executor: 'ramping-vus',
        startVus: 0,
        stages: [
          { durationMs: load.ramp ?? s(300), target: users },
          { durationMs: load.duration ?? s(3600), target: users },
        ],
      };
    }
    case 'stress':
      throw new ConfigError('load.shape: stress is a search; run it with runSearch');
  }
  const timeUnitS = load.time_unit / 1000;
  switch (load.executor ?? 'constant-vus') {
    case 'constant-vus':
      return {
        executor: 'constant-vus',
        vus: need(load.vus, 'vus', 'constant-vus needs vus (e.g. vus: 10)'),
        durationMs: need(load.duration, 'duration', 'constant-vus needs duration (e.g. duration: 30s)'),
      };
    case 'ramping-vus':
      return {
        executor: 'ramping-vus',
        startVus: load.start_vus,
        stages: need(load.stages, 'stages', 'ramping-vus needs stages (e.g. [{duration: 1m, target: 10}])').map((st) => ({
          durationMs: st.duration,
          target: Math.round(st.target),
        })),
      };
    case 'constant-arrival-rate': {
      const ratePerS = need(load.rate, 'rate', 'constant-arrival-rate needs rate (iterations per time_unit, e.g. rate: 50)') / timeUnitS;
      return {
        executor: 'constant-arrival-rate',
        ratePerS,
        durationMs: need(load.duration, 'duration', 'constant-arrival-rate needs duration (e.g. duration: 1m)'),
        ...vuBudget(load, ratePerS),
      };
    }
    case 'ramping-arrival-rate': {
      const stages = need(
        load.stages,
        'stages',
        'ramping-arrival-rate needs stages of target rates (e.g. [{duration: 1m, target: 50}])',
      ).map((st) => ({
        durationMs: st.duration,
        target: st.target / timeUnitS,
      }));
      const startRatePerS = load.start_rate / timeUnitS;
      return {
        executor: 'ramping-arrival-rate',
        startRatePerS,
        stages,
        ...vuBudget(load, Math.max(startRatePerS, ...stages.map((st) => st.target))),
      };
    }
  }
}

export function planDurationMs(plan: LoadPlan): number {
  return 'durationMs' in plan ? plan.durationMs : plan.stages.reduce((sum, st) => sum + st.durationMs, 0);
}

/**
 * What one machine can run: 100,000 VUs (an idle one holds ~12 KB and a connection; the bench held 10,000
 * streams in 300 MB) and 200,000 iterations a second (the open model kept up with 30,000/s on 2 cores).
 */
export const MACHINE_LIMITS = { vus: 100_000, ratePerS: 200_000 };

function peakRatePerS(plan: LoadPlan): number {
  if (plan.executor === 'constant-arrival-rate') return plan.ratePerS;
  if (plan.executor === 'ramping-arrival-rate') return Math.max(plan.startRatePerS, ...plan.stages.map((st) => st.target));
  return 0;
}

/** Why this machine's share of the load is more than one machine can run, or undefined when it fits. */
export function beyondOneMachine(plan: LoadPlan): string | undefined {
  const vus = planMaxVus(plan);
  const rate = peakRatePerS(plan);
  const split = 'split the load over several runners with --shard I/K (action input shard), each running a K-th of it';
  if (vus > MACHINE_LIMITS.vus) return `load: ${vus} VUs on one machine is more than it can run (at most ${MACHINE_LIMITS.vus}): ${split}`;
  if (rate > MACHINE_LIMITS.ratePerS)
    return `load: ${rate} iterations a second on one machine is more than it can run (at most ${MACHINE_LIMITS.ratePerS}): ${split}`;
  return undefined;
}

export function planMaxVus(plan: LoadPlan): number {
  switch (plan.executor) {
    case 'constant-vus':
      return plan.vus;
    case 'ramping-vus':
      return Math.max(plan.startVus, ...plan.stages.map((st) => st.target));
    default:
      return plan.maxVus;
  }
}

/**
 * The capacity search a profile asks for: its `capacity:` block, or `shape: stress` (step VUs up from
 * `start` by `step` to `max` until a limit breaks; default limits: error rate < 5 %, p95 < 2 s).
 */
export function searchOf(profile: Profile): CapacityConfig | undefined {
  if (profile.capacity) return profile.capacity;
  const load = profile.load;
  if (load.shape !== 'stress') return undefined;
  return {
    vary: 'vus',
    mode: 'step',
    start: load.start ?? 100,
    step: load.step ?? 100,
    max: load.max ?? 1000,
    step_duration: load.step_duration ?? s(60),
    slo: load.limits ?? { error_rate: '<5%', 'latency.p95': '<2s' },
  };
}
