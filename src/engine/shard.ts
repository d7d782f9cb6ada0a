import type { LoadPlan } from '../config/load-plan.js';
import { ConfigError } from '../core/errors.js';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** `2/4` → {index: 2, count: 4}; errors name the flag or input. */
export function parseShard(text: string, field: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || count < 1 || index > count)
    throw new ConfigError(`${field}: expected INDEX/COUNT like "2/4" (1 ≤ INDEX ≤ COUNT), got "${text}"`);
  return { index, count };
}

/** This shard's whole-number share of `n`: the shares of all shards add up to `n`. */
export function share(n: number, shard: Shard): number {
  const base = Math.floor(n / shard.count);
  return base + (shard.index - 1 < n % shard.count ? 1 : 0);
}

/** A shard's part of a load plan: VUs, stage targets and VU budgets split so the shards add up to the whole; rates divide. */
export function shardPlan(plan: LoadPlan, shard: Shard): LoadPlan {
  if (shard.count === 1) return plan;
  const budget = (n: number) => Math.max(1, Math.ceil(n / shard.count));
  switch (plan.executor) {
    case 'constant-vus':
      return { ...plan, vus: share(plan.vus, shard) };
    case 'ramping-vus':
      return {
        ...plan,
        startVus: share(plan.startVus, shard),
        stages: plan.stages.map((st) => ({ ...st, target: share(st.target, shard) })),
      };
    case 'constant-arrival-rate':
      return { ...plan, ratePerS: plan.ratePerS / shard.count, preAllocatedVus: budget(plan.preAllocatedVus), maxVus: budget(plan.maxVus) };
    case 'ramping-arrival-rate':
      return {
        ...plan,
        startRatePerS: plan.startRatePerS / shard.count,
        stages: plan.stages.map((st) => ({ ...st, target: st.target / shard.count })),
        preAllocatedVus: budget(plan.preAllocatedVus),
        maxVus: budget(plan.maxVus),
      };
  }
}

/** VU ids stay unique across shards: shard i of k numbers its VUs i, i + k, i + 2k, … */
export function globalVuId(localId: number, shard: Shard | undefined): number {
  return shard ? (localId - 1) * shard.count + shard.index : localId;
}

/** `--workers` / input workers: a count from 1 to 64, or "auto". */
export function parseWorkers(value: string | undefined, field: string): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new ConfigError(`${field}: expected a whole number from 1 to 64 or "auto", got "${value}"`);
  return n;
}
