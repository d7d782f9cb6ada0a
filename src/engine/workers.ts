import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { workerUnits, type LoadPlan } from './executors/registry.js';
import type { Profile } from '../config/schema.js';
import { ConfigError, ExitCode, INTERNAL_HINT, LlmLoadError, StackError } from '../core/errors.js';
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
  | { type: 'error'; name: string; message: string; hint?: string };

/** One worker per 50 VUs or 500 iterations/s of peak load, at most one per core. */
export function autoWorkers(plan: LoadPlan): number {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(workerUnits(plan))));
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
                    ? new Kind(message.message, message.hint ?? INTERNAL_HINT)
                    : new LlmLoadError(`worker ${i + 1}: ${message.message}`, ExitCode.internal, message.hint ?? INTERNAL_HINT),
                );
              }
            });
            thread.on('error', (error) =>
              reject(new LlmLoadError(`worker ${i + 1} crashed: ${error.message}`, ExitCode.internal, INTERNAL_HINT)),
            );
            thread.on(
              'exit',
              (code) =>
                code !== 0 && reject(new LlmLoadError(`worker ${i + 1} exited with code ${code}`, ExitCode.internal, INTERNAL_HINT)),
            );
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
