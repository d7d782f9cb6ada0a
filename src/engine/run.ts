import type { Profile } from '../config/schema.js';
import { MetricsRecorder } from '../metrics/recorder.js';
import { buildResults, type Results } from '../metrics/results.js';
import { VERSION } from '../version.js';
import { driveClosedModel, VuPool } from './executors/closed-model.js';
import { scheduleFor } from './executors/index.js';
import { compileFlows } from './flow.js';
import { HttpClient } from './http.js';
import { randomSeed, seededRandom } from '../util/random.js';
import type { RunContext } from './vu.js';

export interface Progress {
  elapsedMs: number;
  totalMs: number;
  vus: number;
  requests: number;
  failures: number;
  /** Latency p95 of the run so far, ms (null before the first success). */
  p95: number | null;
  stopping: boolean;
}

export interface RunOptions {
  /** Aborting it stops the run at once; its reason (e.g. "SIGINT") is recorded as `meta.interrupted`. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  seed?: number;
  profilePath?: string;
  /** Headers added to every request (e.g. `authorization` from --jwt-token); never written anywhere. */
  extraHeaders?: Record<string, string>;
}

/** Sleeps that the run can cut short when it stops. */
function stoppableSleeps() {
  const pending = new Set<() => void>();
  return {
    sleep(ms: number): Promise<void> {
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          pending.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        pending.add(wake);
      });
    },
    wakeAll() {
      for (const wake of [...pending]) wake();
    },
  };
}

function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Runs a profile's load and returns its results. Never throws for what the target does. */
export async function runProfile(profile: Profile, options: RunOptions = {}): Promise<Results> {
  const signal = options.signal ?? new AbortController().signal;
  const seed = options.seed ?? randomSeed();
  const flows = compileFlows(profile, options.extraHeaders);
  const schedule = scheduleFor(profile.load);
  const recorder = new MetricsRecorder(
    flows.endpointKeys,
    flows.scenarios.map((s) => s.name),
  );
  const http = new HttpClient({ connections: schedule.maxVus, timeoutMs: profile.load.timeout });
  const sleeps = stoppableSleeps();
  const ctx: RunContext = {
    flows,
    http,
    recorder,
    random: seededRandom(seed),
    thinkTime: profile.load.think_time,
    timeoutMs: profile.load.timeout,
    stopping: false,
    sleep: sleeps.sleep,
  };
  const pool = new VuPool(ctx);
  const startedAt = new Date();
  const start = performance.now();

  const stopNow = () => {
    ctx.stopping = true;
    sleeps.wakeAll();
    for (const vu of pool.all) vu.interrupt();
  };
  signal.addEventListener('abort', stopNow, { once: true });

  const sweepMs = Math.max(10, Math.min(100, profile.load.timeout / 10));
  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const vu of pool.all) vu.abortIfOverdue(now);
    recorder.timeline.noteVus(Date.now(), pool.activeCount);
  }, sweepMs);
  const progress = setInterval(() => {
    options.onProgress?.({
      elapsedMs: performance.now() - start,
      totalMs: schedule.durationMs,
      vus: pool.activeCount,
      requests: recorder.overall.requests,
      failures: recorder.overall.failures,
      p95: recorder.overall.latency.totalCount ? recorder.overall.latency.getValueAtPercentile(95) / 1000 : null,
      stopping: ctx.stopping,
    });
  }, 1000);

  try {
    await driveClosedModel(schedule, pool, signal);
    // Graceful stop: VUs finish the step in flight, up to graceful_stop; then what is left is cut off.
    ctx.stopping = true;
    sleeps.wakeAll();
    pool.scaleTo(0);
    const settled = pool.settled();
    const graceEnded = new AbortController();
    const onAbort = () => graceEnded.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    await Promise.race([settled, waitFor(profile.load.graceful_stop, graceEnded.signal)]);
    graceEnded.abort();
    signal.removeEventListener('abort', onAbort);
    stopNow();
    await settled;
  } finally {
    clearInterval(sweeper);
    clearInterval(progress);
    signal.removeEventListener('abort', stopNow);
    await http.close();
  }

  const durationMs = performance.now() - start;
  return buildResults(
    recorder,
    {
      name: profile.name,
      target: profile.target ?? flows.scenarios[0]!.steps[0]!.origin,
      startedAt: startedAt.toISOString(),
      endedAt: new Date().toISOString(),
      durationS: Number((durationMs / 1000).toFixed(3)),
      executor: profile.load.executor,
      profile: options.profilePath ?? null,
      seed,
      interrupted: signal.aborted ? String(signal.reason ?? 'aborted') : null,
      tool: { name: 'llm-load', version: VERSION, node: process.version },
    },
    flows.scenarios.some((s) => s.steps.some((step) => step.llm !== undefined)),
  );
}
