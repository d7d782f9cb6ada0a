import type { CapacityConfig, Profile } from './schema.js';

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
    step_duration: load.step_duration ?? 60_000,
    slo: load.limits ?? { error_rate: '<5%', 'latency.p95': '<2s' },
  };
}
