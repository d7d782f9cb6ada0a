import type { MetricsRecorder, ErrorKind } from '../metrics/recorder.js';
import { createTracker } from '../protocols/index.js';
import type { LlmMeasures, LlmProtocol, StreamTracker } from '../protocols/stream.js';
import { pickScenario, type CompiledFlows, type CompiledStep } from './flow.js';
import { ABORT_STOP, ABORT_TIMEOUT, type HttpClient } from './http.js';
import { readJsonPath } from './jsonpath.js';
import type { Random } from '../util/random.js';
import type { Vars } from './template.js';

/** What every VU of a run shares. */
export interface RunContext {
  flows: CompiledFlows;
  http: HttpClient;
  recorder: MetricsRecorder;
  random: Random;
  thinkTime: { minMs: number; maxMs: number };
  timeoutMs: number;
  /** Set when the run winds down: VUs finish the step in flight and start no new one. */
  stopping: boolean;
  /** Sleeps that end early when the run stops. */
  sleep(ms: number): Promise<void>;
}

/** A virtual user: picks a scenario by weight, runs its flow step by step, again and again. */
export class VirtualUser {
  /** Set by the executor when ramping down: this VU leaves after its current step. */
  retired = false;
  private inflight: AbortController | undefined;
  private deadline = 0;
  private iteration = 0;
  private readonly trackers = new Map<LlmProtocol, StreamTracker>();

  constructor(
    readonly id: number,
    private readonly ctx: RunContext,
  ) {}

  private get done(): boolean {
    return this.retired || this.ctx.stopping;
  }

  async run(): Promise<void> {
    const { flows, recorder } = this.ctx;
    while (!this.done) {
      const index = pickScenario(flows, this.ctx.random());
      const scenario = flows.scenarios[index]!;
      // Captures live for one iteration, as a script's local variables would.
      const vars: Vars = { vu: this.id, iteration: this.iteration++, scenario: scenario.name };
      let finished = true;
      for (const step of scenario.steps) {
        if (this.done) {
          finished = false;
          break;
        }
        const outcome = await this.runStep(step, index, vars);
        if (outcome === 'interrupted') finished = false;
        if (outcome !== 'ok') break;
        await this.think();
      }
      if (finished) recorder.iterationDone(index);
    }
  }

  private think(): Promise<void> | undefined {
    const { minMs, maxMs } = this.ctx.thinkTime;
    if (maxMs <= 0) return undefined;
    return this.ctx.sleep(minMs + (maxMs - minMs) * this.ctx.random());
  }

  private async runStep(step: CompiledStep, scenario: number, vars: Vars): Promise<'ok' | 'failed' | 'interrupted'> {
    const controller = new AbortController();
    const request = {
      origin: step.origin,
      path: step.path(vars),
      method: step.method,
      headers: step.headers(vars),
      body: step.body?.(vars),
    };
    const tracker = step.llm ? this.tracker(step.llm) : undefined;
    const streaming = tracker?.streaming === true;
    this.inflight = controller;
    const start = performance.now();
    this.deadline = start + this.ctx.timeoutMs;
    tracker?.begin(start);
    const keepBody = step.captures.length > 0 || (tracker !== undefined && !streaming);
    const outcome = await this.ctx.http.send(request, keepBody, controller.signal, streaming ? tracker!.consume : undefined);
    const end = performance.now();
    this.inflight = undefined;

    if (outcome.error === 'interrupted') {
      this.ctx.recorder.interrupted++;
      return 'interrupted';
    }
    let error: ErrorKind | undefined = outcome.error;
    let message = outcome.message;
    let llm: LlmMeasures | undefined;
    if (error && streaming && outcome.status > 0 && outcome.status < 400 && error !== 'timeout') {
      error = 'stream_error'; // the response started, then its stream broke
    }
    if (!error && tracker) {
      if (!streaming) tracker.json(outcome.body ?? '', end);
      const result = tracker.finish(end);
      if (result.ok) llm = result.measures;
      else {
        error = result.error;
        message = `${step.label}: ${result.message}${outcome.requestId ? ` [request id ${outcome.requestId}]` : ''}`;
      }
    }
    if (!error && step.captures.length > 0) {
      message = capture(step, outcome.body ?? '', vars);
      if (message) error = 'assertion';
    }
    this.ctx.recorder.record({ endpoint: step.endpoint, scenario, latencyMs: end - start, status: outcome.status, error, message, llm });
    return error ? 'failed' : 'ok';
  }

  private tracker(protocol: LlmProtocol): StreamTracker {
    let tracker = this.trackers.get(protocol);
    if (!tracker) this.trackers.set(protocol, (tracker = createTracker(protocol)));
    return tracker;
  }

  /** Aborts the request in flight if its deadline has passed (checked by the run's sweeper). */
  abortIfOverdue(now: number): void {
    if (this.inflight && now > this.deadline) this.inflight.abort(ABORT_TIMEOUT);
  }

  /** Aborts the request in flight because the run is stopping now. */
  interrupt(): void {
    this.inflight?.abort(ABORT_STOP);
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
