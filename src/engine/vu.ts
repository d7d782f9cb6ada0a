import { performance } from 'node:perf_hooks';
import type { MetricsRecorder, Sample } from '../metrics/recorder.js';
import { createTracker } from '../protocols/index.js';
import type { SseLimits } from '../protocols/sse.js';
import type { LlmProtocol, StreamTracker } from '../protocols/stream.js';
import { seededRandom, type Random } from '../core/random.js';
import type { AuthSession } from './auth.js';
import { runChecks } from './checks.js';
import type { DataSource } from './data.js';
import { pickScenario, type CompiledFlows, type CompiledStep } from './flow.js';
import type { HttpOutcome, HttpRequest, PendingRequest, Transport } from '../http/transport.js';
import { redirectedRequest } from '../http/redirect.js';
import { readJsonPath } from '../core/jsonpath.js';
import type { Vars } from '../core/template.js';

/** What every VU of a run shares. */
export interface RunContext {
  flows: CompiledFlows;
  http: Transport;
  recorder: MetricsRecorder;
  seed: number;
  thinkTime: { minMs: number; maxMs: number };
  /** Closed model: the share of an iteration's time a VU may pause after it, to keep VUs out of lockstep. */
  jitter: number;
  /** How far one SSE line and one event may grow before a stream is refused. */
  sseLimits: SseLimits;
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

// Read once: the global `performance` is a lazy getter and its timeOrigin a native call, on every use.
const TIME_ORIGIN = performance.timeOrigin;

/** The iteration a VU is running: its scenario, its variables and how far it has come (one object per VU, reused). */
interface Iteration {
  scenario: number;
  steps: readonly CompiledStep[];
  vars: Vars;
  next: number;
  /** Open model: when the iteration was due. */
  scheduledAt: number | undefined;
  thinkAfterLast: boolean;
  done: () => void;
  /** The turn of the conversation a `turns:` step is in (0: none). */
  turn: number;
}

/** The request a VU has in flight and what it needs to judge the response (one object per VU, reused). */
interface Attempt {
  step: CompiledStep | undefined;
  scenario: number;
  vars: Vars | undefined;
  start: number;
  tracker: StreamTracker | undefined;
  mayRefreshAuth: boolean;
  /** What was sent (and how its body is read): a redirect is followed from it. */
  request: HttpRequest | undefined;
  keepBody: boolean;
  /** Redirects followed so far in this attempt. */
  hops: number;
  /** Set while the request is in flight. */
  then: ((result: StepResult | 'retry-auth') => void) | undefined;
}

/**
 * A virtual user: picks a scenario by weight and runs its flow step by step. Each VU has its own random
 * sequence derived from the run's seed and its id, so a seeded run makes the same choices per VU however
 * the VUs interleave.
 *
 * Steps are driven by callbacks, not awaits: a response's outcome records the sample and sends the next
 * request in the same turn, with no promise, microtask or closure per request. Every step ends on a later
 * turn than it began (a response, a timer or a deferred failure), so the chain never recurses deeply.
 */
export class VirtualUser {
  /** Set by the executor when ramping down: this VU leaves after its current step. */
  retired = false;
  private inflight: PendingRequest | undefined;
  private lastSent: PendingRequest | undefined;
  private deadline = 0;
  private iteration = 0;
  private current: Iteration | undefined;
  // One of each per VU, filled in per iteration or request (a VU runs one at a time); the recorder reads a
  // sample and keeps none of it.
  private readonly iterationState: Iteration = {
    scenario: 0,
    steps: [],
    vars: {},
    next: 0,
    scheduledAt: undefined,
    thinkAfterLast: false,
    done: () => undefined,
    turn: 0,
  };
  private readonly attempting: Attempt = {
    step: undefined,
    scenario: 0,
    vars: undefined,
    start: 0,
    tracker: undefined,
    mayRefreshAuth: false,
    request: undefined,
    keepBody: false,
    hops: 0,
    then: undefined,
  };
  private readonly sample: Sample = { endpoint: 0, scenario: 0, latencyMs: 0, status: 0 };
  private readonly trackers = new Map<LlmProtocol, StreamTracker>();
  private lastStatus = 0;
  /** The last conversation turn's reply, to carry into the next. */
  private lastReply = '';
  private lastRetryAfterS: number | undefined;
  readonly random: Random;
  /** Its own sequence, so pacing leaves the scenario picks and think times of a seeded run as they were. */
  private readonly pacingRandom: Random;
  /** Steps failed one after another: from the second, the VU backs off instead of hammering a broken target. */
  private failedInARow = 0;
  /** Fails the run() or iterate() under way: an exception in a callback has no async function to reject. */
  private reject: ((error: unknown) => void) | undefined;
  // Made once per VU, so the hot path passes them without allocating.
  private readonly onOutcome = (outcome: HttpOutcome): void => {
    try {
      this.attemptEnded(outcome);
    } catch (error) {
      this.fail(error);
    }
  };
  private readonly onStepResult = (result: StepResult | 'retry-auth'): void => {
    try {
      this.stepEnded(result as StepResult);
    } catch (error) {
      this.fail(error);
    }
  };
  private readonly nextStep = (): void => this.guard(() => this.step());

  constructor(
    readonly id: number,
    private readonly ctx: RunContext,
  ) {
    this.random = seededRandom((ctx.seed ^ Math.imul(id, 0x9e3779b1)) >>> 0);
    this.pacingRandom = seededRandom((ctx.seed ^ Math.imul(id, 0x85ebca6b) ^ 0x5bd1e995) >>> 0);
  }

  private get done(): boolean {
    return this.retired || this.ctx.stopping;
  }

  /**
   * Closed model: iterations back to back (with think time) until retired or the run stops. `spread`: this
   * VU started together with others, so after its first iteration it waits a random share of that
   * iteration's time, and the VUs end up spread over one iteration instead of firing in waves.
   */
  run(startAfterMs = 0, spread = false): Promise<void> {
    return new Promise((resolve, reject) => {
      this.reject = reject;
      let began = 0;
      let first = spread;
      const begin = (): void => {
        if (this.done) return resolve();
        began = performance.now();
        this.startIteration(undefined, true, next);
      };
      const next = (): void => {
        if (this.done) return resolve();
        const pause = Math.max(this.pacing(performance.now() - began, first), this.backoffMs());
        first = false;
        if (pause > 0) void this.ctx.sleep(pause).then(() => this.guard(begin));
        else begin();
      };
      if (startAfterMs > 0) void this.ctx.sleep(startAfterMs).then(() => this.guard(begin));
      else this.guard(begin);
    });
  }

  /** 10 ms after the second failure in a row, doubling to at most a second: a failing target is not flooded. */
  private backoffMs(): number {
    return this.failedInARow < 2 ? 0 : Math.min(1000, 10 * 2 ** (this.failedInARow - 2));
  }

  /**
   * The pause before the next closed-model iteration: none when think times are random (they already
   * keep VUs apart); else a seeded share of the last iteration's time: up to all of it once, to spread VUs
   * that started together, then up to `jitter` of it. Pauses under a millisecond, which a timer cannot
   * keep, are skipped.
   */
  private pacing(iterationMs: number, spread: boolean): number {
    const { minMs, maxMs } = this.ctx.thinkTime;
    if (maxMs > minMs || this.ctx.jitter <= 0) return 0;
    const pause = this.pacingRandom() * iterationMs * (spread ? 1 : this.ctx.jitter);
    return pause >= 1 ? pause : 0;
  }

  /**
   * Open model: one iteration of a scenario. `scheduledAt` is when it was due: its first request's latency
   * counts from then, so queueing in the generator or the service cannot hide. `done` is called once, when
   * the iteration ends, with the error that broke it if one did (a callback, not a promise: the open model
   * starts thousands of iterations a second).
   */
  iterate(scheduledAt: number, done: (error?: unknown) => void, fill?: (vars: Vars) => void): void {
    this.reject = done;
    this.guard(() => this.startIteration(scheduledAt, false, done, fill));
  }

  private guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.current = undefined;
    this.reject?.(error);
  }

  private startIteration(scheduledAt: number | undefined, thinkAfterLast: boolean, done: () => void, fill?: (vars: Vars) => void): void {
    const { flows, data, auth } = this.ctx;
    const scenario = pickScenario(flows, this.random());
    const { name, steps } = flows.scenarios[scenario]!;
    // Captures live for one iteration, as a script's local variables would.
    const vars: Vars = { vu: this.id, iteration: this.iteration, scenario: name };
    data?.fill(vars, this.id, this.iteration, this.random);
    fill?.(vars);
    this.iteration++;
    const it = (this.current = this.iterationState);
    it.scenario = scenario;
    it.steps = steps;
    it.vars = vars;
    it.next = 0;
    it.turn = 0;
    it.scheduledAt = scheduledAt;
    it.thinkAfterLast = thinkAfterLast;
    it.done = done;
    if (!auth) return this.step();
    void auth.token(this.id).then((token) =>
      this.guard(() => {
        if (token === undefined) return this.endIteration(false); // login failed: counted by the session
        vars.token = token;
        this.step();
      }),
    );
  }

  /** Runs the iteration's next step, or ends the iteration after its last one or when the run stops. */
  private step(): void {
    const it = this.current!;
    if (it.next === it.steps.length) return this.endIteration(true);
    if (this.done) return this.endIteration(false);
    const step = it.steps[it.next]!;
    const scheduledAt = it.next === 0 && it.turn <= 1 ? it.scheduledAt : undefined;
    if (step.turns > 1) this.sayTurn(step, it);
    it.next++;
    if (this.ctx.auth || this.ctx.retry)
      void this.runStep(step, it.scenario, it.vars, scheduledAt).then(this.onStepResult, (error) => this.fail(error));
    else this.attempt(step, it.scenario, it.vars, scheduledAt, false, this.onStepResult);
  }

  /** A conversation's next turn: its number, and the user's words added to what was said so far. */
  private sayTurn(step: CompiledStep, it: Iteration): void {
    if (it.turn === 0) {
      it.turn = 1;
      it.vars.conversation = [];
    }
    it.vars.turn = it.turn;
    (it.vars.conversation as unknown[]).push({ role: 'user', content: step.say!(it.vars) });
  }

  private stepEnded(result: StepResult): void {
    const it = this.current!;
    const ended = it.steps[it.next - 1];
    if (result === 'ok' && ended && ended.turns > 1) {
      // The model's own answer goes into the conversation; the step is sent again until its last turn.
      (it.vars.conversation as unknown[]).push({ role: 'assistant', content: this.lastReply });
      if (it.turn < ended.turns) {
        it.turn++;
        it.next--;
      } else it.turn = 0;
    }
    if (result === 'failed') this.failedInARow++;
    else if (result === 'ok') this.failedInARow = 0;
    // A failed step ends its iteration (which still counts as done); an interrupted one leaves it unfinished.
    if (result !== 'ok') return this.endIteration(result === 'failed');
    if (it.thinkAfterLast || it.next < it.steps.length) {
      const pause = this.think();
      if (pause) return void pause.then(this.nextStep);
    }
    this.step();
  }

  private endIteration(finished: boolean): void {
    const it = this.current!;
    this.current = undefined;
    if (finished) this.ctx.recorder.iterationDone(it.scenario);
    it.done();
  }

  private think(): Promise<void> | undefined {
    const { minMs, maxMs } = this.ctx.thinkTime;
    if (maxMs <= 0) return undefined;
    return this.ctx.sleep(minMs + (maxMs - minMs) * this.random());
  }

  private attemptOnce(step: CompiledStep, scenario: number, vars: Vars, scheduledAt: number | undefined, mayRefreshAuth: boolean) {
    return new Promise<StepResult | 'retry-auth'>((resolve) => this.attempt(step, scenario, vars, scheduledAt, mayRefreshAuth, resolve));
  }

  /** A step with a login to refresh or load.retry to honour: rare enough to be written with awaits. */
  private async runStep(step: CompiledStep, scenario: number, vars: Vars, scheduledAt: number | undefined): Promise<StepResult> {
    let result = await this.attemptOnce(step, scenario, vars, scheduledAt, this.ctx.auth !== undefined);
    if (result === 'retry-auth') {
      const token = await this.ctx.auth!.refresh(this.id, vars.token as string);
      if (token === undefined) return 'failed';
      vars.token = token;
      result = await this.attemptOnce(step, scenario, vars, undefined, false);
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
      result = await this.attemptOnce(step, scenario, vars, undefined, false);
    }
    return result === 'retry-auth' ? 'failed' : result;
  }

  /** Sends one request of a step; `then` gets the step's result once the response is read and recorded. */
  private attempt(
    step: CompiledStep,
    scenario: number,
    vars: Vars,
    scheduledAt: number | undefined,
    mayRefreshAuth: boolean,
    then: (result: StepResult | 'retry-auth') => void,
  ): void {
    const request = step.fixed ?? {
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
    if (tracker) tracker.collectText = step.turns > 1;
    tracker?.begin(start);
    const keepBody = step.keepBody || (tracker !== undefined && !streaming);
    const attempt = this.attempting;
    attempt.step = step;
    attempt.scenario = scenario;
    attempt.vars = vars;
    attempt.start = start;
    attempt.tracker = tracker;
    attempt.mayRefreshAuth = mayRefreshAuth;
    attempt.request = request;
    attempt.keepBody = keepBody;
    attempt.hops = 0;
    attempt.then = then;
    this.sendAttempt();
  }

  /** Sends the attempt's request; the previous request's object carries it (its outcome was read, nothing holds it). */
  private sendAttempt(): void {
    const attempt = this.attempting;
    const tracker = attempt.tracker;
    this.inflight = this.lastSent = this.ctx.http.send(
      attempt.request!,
      attempt.keepBody,
      tracker?.streaming ? tracker.consume : undefined,
      attempt.step!.expectsStatus,
      this.onOutcome,
      this.lastSent,
    );
  }

  /** A 3xx the step may follow: sent on to its Location within the same attempt (timed from the first send). */
  private followRedirect(outcome: HttpOutcome, attempt: Attempt): boolean {
    if (outcome.error || outcome.location === undefined || attempt.hops >= attempt.step!.followRedirects) return false;
    const next = redirectedRequest(attempt.request!, outcome.status, outcome.location);
    if (!next) return false;
    attempt.hops++;
    attempt.request = next;
    this.ctx.recorder.redirects.followed++;
    this.ctx.recorder.bytesReceived += outcome.bytes;
    this.ctx.recorder.bytesDecoded += outcome.decodedBytes;
    attempt.tracker?.begin(attempt.start); // the redirect's own body was no part of the reply
    this.sendAttempt();
    return true;
  }

  private attemptEnded(outcome: HttpOutcome): void {
    const end = performance.now();
    const attempt = this.attempting;
    if (this.followRedirect(outcome, attempt)) return;
    const then = attempt.then!;
    attempt.then = undefined;
    this.inflight = undefined;
    then(this.judgeAndRecord(outcome, attempt, end));
  }

  private judgeAndRecord(outcome: HttpOutcome, attempt: Attempt, end: number): StepResult | 'retry-auth' {
    if (outcome.error === 'interrupted') {
      this.ctx.recorder.interrupted++;
      return 'interrupted';
    }
    this.lastStatus = outcome.status;
    this.lastRetryAfterS = outcome.retryAfterS;
    this.ctx.recorder.bytesReceived += outcome.bytes;
    this.ctx.recorder.bytesDecoded += outcome.decodedBytes;
    // An expired token: log in again and send this step once more (not counted as a failure).
    if (attempt.mayRefreshAuth && outcome.status === 401) return 'retry-auth';
    const sample = this.sample;
    this.judge(attempt.step!, outcome, attempt.tracker, end, attempt.vars!, sample);
    sample.endpoint = attempt.step!.endpoint;
    sample.scenario = attempt.scenario;
    const step = attempt.step!;
    sample.tags = step.turnTags ? step.turnTags[Number(attempt.vars!.turn) - 1]! : step.tags;
    if (step.turns > 1) this.lastReply = attempt.tracker?.replyText ?? '';
    sample.latencyMs = end - attempt.start;
    sample.status = outcome.status;
    if (outcome.location !== undefined && !outcome.error)
      this.ctx.recorder.noteRedirect(`${attempt.step!.label} → ${outcome.status} Location: ${outcome.location.slice(0, 200)}`);
    this.ctx.recorder.record(sample, TIME_ORIGIN + end); // the end's wall-clock time, without another clock read
    return sample.error ? 'failed' : 'ok';
  }

  /** Judges a response into `sample` (error kind and message, or none; LLM measures): reads an LLM reply, checks, captures. */
  private judge(
    step: CompiledStep,
    outcome: HttpOutcome,
    tracker: StreamTracker | undefined,
    end: number,
    vars: Vars,
    sample: Sample,
  ): void {
    sample.llm = undefined;
    sample.error = outcome.error === 'interrupted' ? undefined : outcome.error;
    sample.message = outcome.message;
    if (sample.error && tracker?.streaming && outcome.status > 0 && outcome.status < 400 && sample.error !== 'timeout') {
      sample.error = 'stream_error'; // the response started, then its stream broke
    }
    if (sample.error) return;
    if (tracker) {
      if (!tracker.streaming) tracker.json(outcome.body ?? '', end);
      const result = tracker.finish(end);
      if (!result.ok) {
        sample.error = result.error;
        sample.message = `${step.label}: ${result.message}${outcome.requestId ? ` [request id ${outcome.requestId}]` : ''}`;
        return;
      }
      sample.llm = result.measures;
    }
    const problem =
      (step.checks && prefixed(step.label, runChecks(step.checks, outcome.status, outcome.body ?? ''))) ||
      (step.captures.length > 0 ? capture(step, outcome.body ?? '', vars) : undefined);
    if (problem) {
      sample.error = 'assertion';
      sample.message = problem;
      sample.llm = undefined;
    }
  }

  private tracker(protocol: LlmProtocol): StreamTracker {
    let tracker = this.trackers.get(protocol);
    if (!tracker) {
      this.trackers.set(protocol, (tracker = createTracker(protocol)));
      tracker.limits = this.ctx.sseLimits;
    }
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

const prefixed = (label: string, problem: string | undefined) => problem && `${label}: ${problem}`;

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
