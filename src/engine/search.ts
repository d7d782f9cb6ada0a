import type { LoadPlan } from './executors/registry.js';
import type { CapacityConfig, Profile } from '../config/schema.js';
import { brokenSlos, parseSloRows } from '../thresholds/slo.js';
import type { CapacityResults, Results } from '../results/results.js';
import { runLoad } from './load.js';
import type { RunOptions } from './options.js';

/** A step is clearly saturated when most requests fail, or the service takes far less than offered. */
function saturated(results: Results, offeredRps: number | undefined): boolean {
  if (results.totals.errorRate > 0.5) return true;
  const dropped = results.totals.droppedIterations ?? 0;
  if (dropped > 0.1 * Math.max(1, results.totals.iterations + dropped)) return true;
  return offeredRps !== undefined && results.totals.rps < 0.7 * offeredRps;
}

function planFor(profile: Profile, search: CapacityConfig, value: number): LoadPlan {
  if (search.vary === 'vus') return { executor: 'constant-vus', vus: Math.round(value), durationMs: search.step_duration };
  const preAllocatedVus = profile.load.pre_allocated_vus ?? Math.max(1, Math.ceil(value));
  return {
    executor: 'constant-arrival-rate',
    ratePerS: value,
    durationMs: search.step_duration,
    preAllocatedVus,
    maxVus: profile.load.max_vus ?? Math.max(preAllocatedVus * 10, 100),
    arrival: profile.load.arrival,
  };
}

/**
 * Finds the highest rate (or VU count) whose SLO rows all pass. `step` walks up from `start` by `step`
 * and stops at the first step that breaks; `binary` checks `start` and `max`, then halves the gap down
 * to `step` (default: a sixteenth of the range). Either stops early once the service is clearly
 * saturated. Returns the results of the best passing step, with `capacity` describing every step.
 */
export async function runSearch(profile: Profile, search: CapacityConfig, options: RunOptions): Promise<Results> {
  const rows = parseSloRows(search.slo, 'capacity.slo');
  const stepSize = search.step ?? (search.mode === 'binary' ? Math.max((search.max - search.start) / 16, 1e-9) : search.start);
  const steps: CapacityResults['steps'] = [];
  let best: Results | undefined;
  let last: Results | undefined;
  let brokeAt: CapacityResults['brokeAt'] = null;
  const signal = options.signal;

  const tryValue = async (value: number): Promise<boolean> => {
    const results = await runLoad(profile, planFor(profile, search, value), {
      ...options,
      onProgress: (p) => options.onProgress?.({ ...p, label: `${search.vary === 'vus' ? 'vus' : 'rate'} ${Number(value.toFixed(2))}` }),
    });
    last = results;
    const reasons = brokenSlos(results, rows);
    const isSaturated = saturated(results, search.vary === 'rate' ? value : undefined);
    if (isSaturated && reasons.length === 0) reasons.push('the service is saturated');
    const passed = reasons.length === 0 && !results.meta.interrupted;
    steps.push({ value, passed, reasons, rps: results.totals.rps, errorRate: results.totals.errorRate, saturated: isSaturated });
    if (passed && (!best || value > (best.capacity?.value ?? -Infinity)))
      best = { ...results, capacity: { ...emptyCapacity(search), value } };
    if (!passed && (!brokeAt || value < brokeAt.value)) brokeAt = { value, reasons };
    return passed;
  };

  if (search.mode === 'step') {
    for (let value = search.start; value <= search.max + 1e-9 && !signal?.aborted; value += stepSize) {
      if (!(await tryValue(value))) break;
    }
  } else if (await tryValue(search.start)) {
    let lo = search.start;
    let hi = search.max;
    if (!signal?.aborted && !(await tryValue(hi))) {
      while (hi - lo > stepSize && !signal?.aborted) {
        // Whole numbers when the step allows (a rate of 13,906.25/s reads as noise; VUs are whole anyway).
        const mid = stepSize >= 1 || search.vary === 'vus' ? Math.round((lo + hi) / 2) : (lo + hi) / 2;
        if (mid <= lo || mid >= hi) break;
        if (await tryValue(mid)) lo = mid;
        else hi = mid;
      }
    }
  }

  const chosen = best ?? last!;
  return {
    ...chosen,
    capacity: { ...emptyCapacity(search), value: best?.capacity?.value ?? null, brokeAt, steps },
  };
}

function emptyCapacity(search: CapacityConfig): CapacityResults {
  return { vary: search.vary, unit: search.vary === 'vus' ? 'vus' : 'rps', value: null, brokeAt: null, steps: [] };
}
