import { arch, cpus, platform, release } from 'node:os';
import { dirname, resolve } from 'node:path';
import { formatDuration } from '../core/duration.js';
import type { Profile } from '../config/schema.js';
import { StackError } from '../core/errors.js';
import { MetricsRecorder } from '../metrics/recorder.js';
import { GeneratorMonitor } from '../metrics/generator.js';
import { annotateTimeline, ResourceRecorder } from '../metrics/resources.js';
import { buildResults, type Results } from '../results/results.js';
import { randomSeed } from '../core/random.js';
import { VERSION } from '../core/version.js';
import { AuthSession, LoginError } from './auth.js';
import { createDataSource, loadPrompts, type DataSource } from './data.js';
import { pause, type Executor } from './executors/base.js';
import { createExecutor, type LoadPlan, isOpenModel } from './executors/registry.js';
import { compileFlows, flowOrigins } from './flow.js';
import { chooseTransport, createTransport } from '../http/choose.js';
import type { Transport } from '../http/transport.js';
import { globalVuId } from './shard.js';
import type { RunContext } from './vu.js';
import type { RunOptions } from './options.js';

/**
 * In the open model connections carry arrivals (a closed-model VU opens its own as it starts), and one
 * opened per arrival whenever none is idle overshoots: each costs the loop and the server far more than a
 * request. 3 s at 10,000/s against a local server, 16 runs each: send lag p99 4–79 ms (median 28; the
 * self-check flagged 7 of 10) → 3–14 ms (median 5.5; 1 of 10 flagged).
 * Past it an arrival waits for the first connection freed or opened, timed from when it was due.
 * 8 a millisecond still opens 1,000 in 1/8 s.
 */
const OPEN_MODEL_OPENS_PER_MS = 8;

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

async function dataSourceFor(profile: Profile, options: RunOptions, seed: number): Promise<DataSource | undefined> {
  const data = profile.data;
  if (!data) return undefined;
  const base = options.profilePath ? dirname(options.profilePath) : process.cwd();
  return createDataSource({
    prompts: data.prompts ? await loadPrompts(resolve(base, data.prompts)) : undefined,
    order: data.order,
    inputTokens: data.synthetic?.input_tokens,
    sharedPrefix: data.synthetic?.shared_prefix,
    outputTokens: data.synthetic?.output_tokens ?? data.max_tokens,
    seed,
  });
}

/** Logs in before the load; a login that fails is a StackError, unless the run was stopped meanwhile. */
async function logIn(profile: Profile, ctx: RunContext, jwtToken: string | undefined, signal: AbortSignal): Promise<AuthSession> {
  const auth = new AuthSession(ctx.flows.auth, ctx.http, ctx.recorder, profile.load.timeout, jwtToken, signal);
  try {
    await auth.prime();
  } catch (error) {
    // Stopped while logging in: go on, so the load ends at once and the results say they were interrupted.
    if (!(signal.aborted && error instanceof LoginError)) {
      await ctx.http.close();
      if (error instanceof LoginError)
        throw new StackError(error.message, 'check auth.login (URL, credentials) and auth.token (where the token is in the response)');
      throw error;
    }
  }
  return auth;
}

/** Reads the service's resources now and every `intervalMs`, one reading at a time; `stop` takes a last one. */
function sampleWhileRunning(config: NonNullable<RunOptions['resources']>) {
  const recorder = new ResourceRecorder(config.sampler.source);
  let sampling: Promise<void> | undefined;
  const sample = () => {
    if (sampling) return sampling;
    const at = Date.now();
    sampling = config.sampler
      .sample()
      .then((samples) => recorder.add(at, samples))
      .catch(() => undefined)
      .finally(() => (sampling = undefined));
    return sampling;
  };
  void sample();
  const timer = setInterval(() => void sample(), config.intervalMs);
  return {
    recorder,
    async stop() {
      clearInterval(timer);
      await sampling;
      await sample();
    },
  };
}

/**
 * k6's abortOnFail for the plainest case: when every request of the first seconds failed, the run stops
 * (a wrong URL or a dead target), instead of flooding it for the whole duration. The signal it gives
 * also aborts when the run's own signal does.
 */
function abortOnFail(profile: Profile, recorder: MetricsRecorder, signal: AbortSignal) {
  const abort = new AbortController();
  const forward = () => abort.abort(signal.reason);
  if (signal.aborted)
    forward(); // stopped while logging in
  else signal.addEventListener('abort', forward, { once: true });
  let because: string | undefined;
  const rule = profile.load.abort_on_fail;
  const check =
    rule === false
      ? undefined
      : setTimeout(() => {
          const { requests, failures } = recorder.overall;
          if (requests === 0 || failures < requests || abort.signal.aborted) return;
          because = `every request of the first ${formatDuration(rule.after)} failed`;
          abort.abort('all-failed');
        }, rule.after);
  return {
    signal: abort.signal,
    because: () => because,
    disarm() {
      clearTimeout(check);
      signal.removeEventListener('abort', forward);
    },
  };
}

/** Every few ms: ends overdue requests and notes the VUs; every second: the progress line. Returns the stop. */
function tick(ctx: RunContext, executor: Executor, start: number, onProgress: RunOptions['onProgress']): () => void {
  const sweepMs = Math.max(10, Math.min(100, ctx.timeoutMs / 10));
  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const vu of executor.vus) vu.abortIfOverdue(now);
    ctx.recorder.timeline.noteVus(Date.now(), executor.activeCount);
  }, sweepMs);
  const progress = setInterval(() => {
    if (!onProgress) return;
    const overall = ctx.recorder.overall;
    onProgress({
      elapsedMs: performance.now() - start,
      totalMs: executor.durationMs,
      vus: executor.activeCount,
      requests: overall.requests,
      failures: overall.failures,
      p95: overall.latency.totalCount ? overall.latency.getValueAtPercentile(95) / 1000 : null,
      stopping: ctx.stopping,
    });
  }, 1000);
  return () => {
    clearInterval(sweeper);
    clearInterval(progress);
  };
}

/** What every VU of the run shares: flows, recorder, seed, limits; the HTTP client is set once made. */
async function runContext(profile: Profile, options: RunOptions, sleep: RunContext['sleep']): Promise<RunContext> {
  const seed = options.seed ?? randomSeed();
  const extraHeaders = { ...options.extraHeaders };
  if (options.jwtToken && !profile.auth) extraHeaders.authorization = `Bearer ${options.jwtToken}`;
  const flows = compileFlows(profile, extraHeaders);
  const recorder = new MetricsRecorder(
    flows.endpointKeys,
    flows.scenarios.map((s) => s.name),
    flows.tagKeys,
  );
  recorder.goodputLimits = options.goodput;
  return {
    flows,
    http: undefined as unknown as Transport,
    recorder,
    seed,
    thinkTime: profile.load.think_time,
    jitter: profile.load.jitter,
    sseLimits: { maxLine: profile.stream.max_line, maxEvent: profile.stream.max_event },
    timeoutMs: profile.load.timeout,
    data: await dataSourceFor(profile, options, seed),
    auth: undefined,
    stopping: false,
    sleep,
    vuId: (local) => globalVuId(local, options.shard),
    retry: profile.load.retry,
  };
}

/** VUs finish the step in flight, up to `graceMs` (or until `signal` aborts); then what is left is cut off. */
async function stopGracefully(executor: Executor, graceMs: number, signal: AbortSignal, cutOff: () => void): Promise<void> {
  const settled = executor.windDown();
  const graceEnded = new AbortController();
  const onAbort = () => graceEnded.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  await Promise.race([settled, pause(graceMs, graceEnded.signal)]);
  graceEnded.abort();
  signal.removeEventListener('abort', onAbort);
  cutOff();
  await settled;
}

/** Runs one load plan. Never throws for what the target does; throws StackError when login fails. */
export async function runLoad(profile: Profile, plan: LoadPlan, options: RunOptions = {}): Promise<Results> {
  const signal = options.signal ?? new AbortController().signal;
  const sleeps = stoppableSleeps();
  const ctx = await runContext(profile, options, sleeps.sleep);
  const { flows, recorder, seed } = ctx;
  const executor = createExecutor(plan, ctx);
  const choice = chooseTransport(profile.http, flowOrigins(flows));
  const http = await createTransport(choice, profile.http, {
    connections: executor.maxVus + 1,
    insecure: profile.insecure,
    opensPerMs: isOpenModel(plan) ? OPEN_MODEL_OPENS_PER_MS : undefined,
  });
  ctx.http = http;
  if (profile.auth) ctx.auth = await logIn(profile, ctx, options.jwtToken, signal);
  const startedAt = new Date();
  const start = performance.now();
  const monitor = new GeneratorMonitor();
  const resources = options.resources ? sampleWhileRunning(options.resources) : undefined;

  const stopNow = () => {
    ctx.stopping = true;
    sleeps.wakeAll();
    for (const vu of executor.vus) vu.interrupt();
  };
  signal.addEventListener('abort', stopNow, { once: true });

  const abort = abortOnFail(profile, recorder, signal);
  const stopTicking = tick(ctx, executor, start, options.onProgress);

  try {
    await executor.drive(abort.signal);
    ctx.stopping = true;
    sleeps.wakeAll();
    await stopGracefully(executor, profile.load.graceful_stop, signal, stopNow);
    monitor.end();
  } finally {
    stopTicking();
    abort.disarm();
    await resources?.stop();
    signal.removeEventListener('abort', stopNow);
    await http.close();
  }

  const durationMs = performance.now() - start;
  const openModel = isOpenModel(plan);
  const results = buildResults(
    recorder,
    {
      name: profile.name,
      target: profile.target ?? flows.scenarios[0]!.steps[0]!.origin,
      startedAt: startedAt.toISOString(),
      endedAt: new Date().toISOString(),
      durationS: Number((durationMs / 1000).toFixed(3)),
      executor: plan.executor,
      profile: options.profilePath ?? null,
      seed,
      interrupted: signal.aborted ? String(signal.reason ?? 'aborted') : null,
      ...(abort.because() ? { aborted: abort.because() } : {}),
      tool: { name: 'llm-load', version: VERSION, node: process.version },
      commit: options.commit ?? null,
      runner: { os: `${platform()} ${release()}`, arch: arch(), cpus: cpus().length },
      ...(options.shard && options.shard.count > 1 ? { shard: options.shard } : {}),
      transport: { kind: choice.kind, reason: choice.reason },
    },
    flows.scenarios.some((s) => s.steps.some((step) => step.llm !== undefined)),
    openModel,
  );
  results.generator = monitor.stop(openModel ? (results.metrics.send_lag?.p99 ?? null) : null);
  if (resources) {
    results.resources = resources.recorder.finish();
    annotateTimeline(results.timeline.windows, results.resources);
  }
  return results;
}
