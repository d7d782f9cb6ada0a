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
    throw new ConfigError(
      `${field}: expected INDEX/COUNT like "2/4" (1 ≤ INDEX ≤ COUNT), got "${text}"`,
      'e.g. 1/4 for the first of four shards',
    );
  return { index, count };
}

/** This shard's whole-number share of `n`: the shares of all shards add up to `n`. */
export function share(n: number, shard: Shard): number {
  const base = Math.floor(n / shard.count);
  return base + (shard.index - 1 < n % shard.count ? 1 : 0);
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
    throw new ConfigError(
      `${field}: expected a whole number from 1 to 64 or "auto", got "${value}"`,
      'auto (the default) picks one thread per 50 VUs or 500 requests/s, at most one per core',
    );
  return n;
}
