import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadPlan } from '../config/load-plan.js';
import type { Profile } from '../config/schema.js';
import { ConfigError, LlmLoadError, StackError } from '../core/errors.js';
import { mergeResults } from '../results/merge.js';
import type { Results } from '../results/results.js';
import type { Progress } from '../metrics/progress.js';
import type { RunOptions } from './options.js';
import type { Shard } from './shard.js';

/** What a worker thread is given: the profile and its part of the load. */
export interface WorkerJob {
  profile: Profile;
  options: Omit<RunOptions, 'signal' | 'onProgress' | 'workers'>;
  secrets: string[];
}

export type WorkerMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; results: Results }
  | { type: 'error'; name: string; message: string; hint?: string; exitCode?: number };

/** One worker per 50 VUs or 500 iterations/s of peak load, at most one per core. */
export function autoWorkers(plan: LoadPlan): number {
  const units =
    plan.executor === 'constant-vus'
      ? plan.vus / 50
      : plan.executor === 'ramping-vus'
        ? Math.max(plan.startVus, ...plan.stages.map((s) => s.target)) / 50
        : (plan.executor === 'constant-arrival-rate' ? plan.ratePerS : Math.max(plan.startRatePerS, ...plan.stages.map((s) => s.target))) /
          500;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(units)));
}

/** dist/worker.js beside the running bundle; from sources (tests), the built one. */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(beside)) ? beside : new URL('../../dist/worker.js', import.meta.url);
}

/** Worker i of n inside shard s of k: shard (s − 1) × n + i of k × n. */
function nested(outer: Shard | undefined, index: number, count: number): Shard {
  const o = outer ?? { index: 1, count: 1 };
  return { index: (o.index - 1) * count + index, count: o.count * count };
}

/**
 * Runs the load on `count` worker threads, each with its share, and merges their results exactly.
 * Aborting `options.signal` stops them all; each writes its partial results, which are merged too.
 */
export async function runWithWorkers(profile: Profile, options: RunOptions, count: number, secrets: string[]): Promise<Results> {
  const { signal, onProgress, ...rest } = options;
  delete rest.workers; // each thread runs its share on its own
  const progress: (Progress | undefined)[] = Array.from({ length: count }, () => undefined);
  const threads = Array.from({ length: count }, (_, i) => {
    const job: WorkerJob = { profile, options: { ...rest, shard: nested(options.shard, i + 1, count) }, secrets };
    return new Worker(workerScript(), { workerData: job });
  });
  const stop = () => {
    for (const t of threads) t.postMessage({ type: 'stop', reason: String(signal?.reason ?? 'aborted') });
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const parts = await Promise.all(
      threads.map(
        (thread, i) =>
          new Promise<Results>((resolve, reject) => {
            thread.on('message', (message: WorkerMessage) => {
              if (message.type === 'progress') {
                progress[i] = message.progress;
                const known = progress.filter((p): p is Progress => p !== undefined);
                onProgress?.({
                  elapsedMs: Math.max(...known.map((p) => p.elapsedMs)),
                  totalMs: Math.max(...known.map((p) => p.totalMs)),
                  vus: known.reduce((n, p) => n + p.vus, 0),
                  requests: known.reduce((n, p) => n + p.requests, 0),
                  failures: known.reduce((n, p) => n + p.failures, 0),
                  p95: Math.max(...known.map((p) => p.p95 ?? 0)) || null,
                  stopping: known.some((p) => p.stopping),
                  label: `${count} workers`,
                });
              } else if (message.type === 'done') resolve(message.results);
              else {
                const Kind = message.name === 'ConfigError' ? ConfigError : message.name === 'StackError' ? StackError : undefined;
                reject(
                  Kind
                    ? new Kind(message.message, message.hint)
                    : new LlmLoadError(`worker ${i + 1}: ${message.message}`, message.exitCode ?? 4),
                );
              }
            });
            thread.on('error', (error) => reject(new LlmLoadError(`worker ${i + 1} crashed: ${error.message}`, 4)));
            thread.on('exit', (code) => code !== 0 && reject(new LlmLoadError(`worker ${i + 1} exited with code ${code}`, 4)));
          }),
      ),
    );
    const merged = mergeResults(parts);
    if (options.shard && options.shard.count > 1) merged.meta.shard = options.shard;
    return merged;
  } finally {
    signal?.removeEventListener('abort', stop);
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
