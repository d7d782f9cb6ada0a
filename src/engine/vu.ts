import type { MetricsRecorder, ErrorKind } from '../metrics/recorder.js';
import { createTracker } from '../protocols/index.js';
import type { LlmMeasures, LlmProtocol, StreamTracker } from '../protocols/stream.js';
import { seededRandom, type Random } from '../util/random.js';
import type { AuthSession } from './auth.js';
import { runChecks } from './checks.js';
import type { DataSource } from './data.js';
import { pickScenario, type CompiledFlows, type CompiledStep } from './flow.js';
import type { HttpClient, HttpOutcome, PendingRequest } from './http.js';
import { readJsonPath } from './jsonpath.js';
import type { Vars } from './template.js';

/** What every VU of a run shares. */
export interface RunContext {
  flows: CompiledFlows;
  http: HttpClient;
  recorder: MetricsRecorder;
  seed: number;
  thinkTime: { minMs: number; maxMs: number };
  timeoutMs: number;
  data: DataSource | undefined;
  auth: AuthSession | undefined;
  /** Set when the run winds down: VUs finish the step in flight and start no new one. */
  stopping: boolean;
  /** Sleeps that end early when the run stops. */
  sleep(ms: number): Promise<void>;
  /** load.retry of the profile: statuses to retry, how often, how long to wait. */
  retry: { statuses: number[]; max: number; backoff: number } | undefined;
  /** A VU's id across shards and worker threads, from its number within this run. */
  vuId(localId: number): number;
}

type StepResult = 'ok' | 'failed' | 'interrupted';

/**
 * A virtual user: picks a scenario by weight and runs its flow step by step. Each VU has its own random
 * sequence derived from the run's seed and its id, so a seeded run makes the same choices per VU however
 * the VUs interleave.
 */
export class VirtualUser {
  /** Set by the executor when ramping down: this VU leaves after its current step. */
  retired = false;
  private inflight: PendingRequest | undefined;
  private deadline = 0;
  private iteration = 0;
  private readonly trackers = new Map<LlmProtocol, StreamTracker>();
  private lastStatus = 0;
  private lastRetryAfterS: number | undefined;
  readonly random: Random;

  constructor(
    readonly id: number,
    private readonly ctx: RunContext,
  ) {
    this.random = seededRandom((ctx.seed ^ Math.imul(id, 0x9e3779b1)) >>> 0);
  }

  private get done(): boolean {
    return this.retired || this.ctx.stopping;
  }

  /** Closed model: iterations back to back (with think time) until retired or the run stops. */
  async run(startAfterMs = 0): Promise<void> {
    if (startAfterMs > 0) await this.ctx.sleep(startAfterMs);
    while (!this.done) await this.iterate(undefined, true);
  }

  /**
   * One iteration of a scenario. `scheduledAt` (open model) is when the iteration was due: its first
   * request's latency counts from then, so queueing in the generator or the service cannot hide.
   */
  async iterate(scheduledAt: number | undefined, thinkAfterLast = false): Promise<void> {
    const { flows, recorder } = this.ctx;
    const index = pickScenario(flows, this.random());
    const scenario = flows.scenarios[index]!;
    // Captures live for one iteration, as a script's local variables would.
    const vars: Vars = { vu: this.id, iteration: this.iteration, scenario: scenario.name };
    this.ctx.data?.fill(vars, this.id, this.iteration, this.random);
    this.iteration++;
    if (this.ctx.auth) {
      const token = await this.ctx.auth.token(this.id);
      if (token === undefined) return; // login failed: counted by the session, nothing to send
      vars.token = token;
    }
    let finished = true;
    const steps = scenario.steps;
    for (let i = 0; i < steps.length; i++) {
      if (this.done) {
        finished = false;
        break;
      }
      const stepScheduledAt = i === 0 ? scheduledAt : undefined;
      // Without auth or retries a step is one attempt: calling it directly saves an async frame per request.
      const outcome =
        this.ctx.auth || this.ctx.retry
          ? await this.runStep(steps[i]!, index, vars, stepScheduledAt)
          : await this.attempt(steps[i]!, index, vars, stepScheduledAt, false);
      if (outcome === 'interrupted') finished = false;
      if (outcome !== 'ok') break;
      if (thinkAfterLast || i < steps.length - 1) {
        const pause = this.think();
        if (pause) await pause; // no think time: no await, no extra turn of the microtask queue
      }
    }
    if (finished) recorder.iterationDone(index);
  }

  private think(): Promise<void> | undefined {
    const { minMs, maxMs } = this.ctx.thinkTime;
    if (maxMs <= 0) return undefined;
    return this.ctx.sleep(minMs + (maxMs - minMs) * this.random());
  }

  private async runStep(step: CompiledStep, scenario: number, vars: Vars, scheduledAt: number | undefined): Promise<StepResult> {
    let result = await this.attempt(step, scenario, vars, scheduledAt, this.ctx.auth !== undefined);
    if (result === 'retry-auth') {
      const token = await this.ctx.auth!.refresh(this.id, vars.token as string);
      if (token === undefined) return 'failed';
      vars.token = token;
      result = await this.attempt(step, scenario, vars, undefined, false);
    }
    // Only when the profile asks (load.retry): each attempt is counted as the request it was.
    const retry = this.ctx.retry;
    for (
      let tries = 1;
      retry && result === 'failed' && tries <= retry.max && !this.done && retry.statuses.includes(this.lastStatus);
      tries++
    ) {
      this.ctx.recorder.retries++;
      const wait = this.lastRetryAfterS !== undefined ? this.lastRetryAfterS * 1000 : retry.backoff * 2 ** (tries - 1);
      await this.ctx.sleep(Math.min(30_000, wait));
      if (this.done) return 'interrupted';
      result = await this.attempt(step, scenario, vars, undefined, false);
    }
    return result === 'retry-auth' ? 'failed' : result;
  }

  private async attempt(
    step: CompiledStep,
    scenario: number,
    vars: Vars,
    scheduledAt: number | undefined,
    mayRefreshAuth: boolean,
  ): Promise<StepResult | 'retry-auth'> {
    const request = {
      origin: step.origin,
      path: step.path(vars),
      method: step.method,
      headers: step.headers(vars),
      body: step.body?.(vars),
    };
    const tracker = step.llm ? this.tracker(step.llm) : undefined;
    const streaming = tracker?.streaming === true;
    const sent = performance.now();
    // Timed from when it was due; an iteration launched a hair early (timer slack) is timed from its send.
    const start = scheduledAt !== undefined && scheduledAt < sent ? scheduledAt : sent;
    if (scheduledAt !== undefined) this.ctx.recorder.recordSendLag(Math.max(0, sent - scheduledAt));
    this.deadline = sent + this.ctx.timeoutMs;
    tracker?.begin(start);
    const keepBody = step.keepBody || (tracker !== undefined && !streaming);
    const pending = this.ctx.http.send(request, keepBody, streaming ? tracker!.consume : undefined, step.expectsStatus);
    this.inflight = pending;
    const outcome = await pending.outcome;
    const end = performance.now();
    this.inflight = undefined;

    if (outcome.error === 'interrupted') {
      this.ctx.recorder.interrupted++;
      return 'interrupted';
    }
    // An expired token: log in again and send this step once more (not counted as a failure).
    this.lastStatus = outcome.status;
    this.lastRetryAfterS = outcome.retryAfterS;
    this.ctx.recorder.bytesReceived += outcome.bytes;
    if (mayRefreshAuth && outcome.status === 401) return 'retry-auth';
    const { error, message, llm } = this.judge(step, outcome, tracker, end, vars);
    this.ctx.recorder.record({
      endpoint: step.endpoint,
      scenario,
      tags: step.tags,
      latencyMs: end - start,
      status: outcome.status,
      error,
      message,
      llm,
    });
    return error ? 'failed' : 'ok';
  }

  /** Turns a response into an error kind (or none), reading an LLM reply, checks and captures. */
  private judge(
    step: CompiledStep,
    outcome: HttpOutcome,
    tracker: StreamTracker | undefined,
    end: number,
    vars: Vars,
  ): { error?: ErrorKind; message?: string; llm?: LlmMeasures } {
    let error: ErrorKind | undefined = outcome.error === 'interrupted' ? undefined : outcome.error;
    let message = outcome.message;
    if (error && tracker?.streaming && outcome.status > 0 && outcome.status < 400 && error !== 'timeout') {
      error = 'stream_error'; // the response started, then its stream broke
    }
    if (error) return { error, message };
    let llm: LlmMeasures | undefined;
    if (tracker) {
      if (!tracker.streaming) tracker.json(outcome.body ?? '', end);
      const result = tracker.finish(end);
      if (!result.ok) {
        return {
          error: result.error,
          message: `${step.label}: ${result.message}${outcome.requestId ? ` [request id ${outcome.requestId}]` : ''}`,
        };
      }
      llm = result.measures;
    }
    if (step.checks) {
      message = runChecks(step.checks, outcome.status, outcome.body ?? '');
      if (message) return { error: 'assertion', message: `${step.label}: ${message}` };
    }
    if (step.captures.length > 0) {
      message = capture(step, outcome.body ?? '', vars);
      if (message) return { error: 'assertion', message };
    }
    return { llm };
  }

  private tracker(protocol: LlmProtocol): StreamTracker {
    let tracker = this.trackers.get(protocol);
    if (!tracker) this.trackers.set(protocol, (tracker = createTracker(protocol)));
    return tracker;
  }

  /** Aborts the request in flight if its deadline has passed (checked by the run's sweeper). */
  abortIfOverdue(now: number): void {
    if (this.inflight && now > this.deadline) this.inflight.abort('timeout');
  }

  /** Aborts the request in flight because the run is stopping now. */
  interrupt(): void {
    this.inflight?.abort('stop');
  }
}

/** Stores each capture into vars; returns what went wrong, or undefined. */
function capture(step: CompiledStep, body: string, vars: Vars): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return `${step.label}: capture needs a JSON response, got ${JSON.stringify(body.slice(0, 80))}`;
  }
  for (const { name, source, path } of step.captures) {
    const value = readJsonPath(json, path);
    if (value === undefined) return `${step.label}: capture ${name}: ${source} not found in the response`;
    vars[name] = value;
  }
  return undefined;
}
