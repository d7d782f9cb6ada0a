import type { ServerResponse } from 'node:http';
import type { Random } from '../core/random.js';
import type { Capacity } from './capacity.js';

/** How the fake model behaves; every field can also be set per request by an `x-mock-*` header. */
export interface ModelSettings {
  /** Request arrival → first output token, ms. */
  ttftMs: number;
  /** Between consecutive tokens, ms. */
  itlMs: number;
  outputTokens: number;
  /** Reasoning/thinking tokens streamed before the answer. */
  reasoningTokens: number;
  /** Tokens per stream event (> 1 imitates servers that batch tokens, e.g. speculative decoding). */
  chunkTokens: number;
}

export interface Plan {
  /** Stream events in order, each with its text and how many tokens it carries. */
  reasoning: { text: string; tokens: number }[];
  content: { text: string; tokens: number }[];
  promptTokens: number;
  outputTokens: number;
  reasoningTokens: number;
  /** The request's max_tokens cut the answer short. */
  truncated: boolean;
  settings: ModelSettings;
}

const WORDS = (
  'the a load test of an llm service measures time to first token and the gap between tokens while many users ' +
  'chat at once so that a pull request which makes the model slower is caught before it ships to production'
).split(' ');

/** Roughly 4 characters a token, as tokenizers average on English text. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function words(random: Random, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += ` ${WORDS[Math.floor(random() * WORDS.length)]}`;
  return out;
}

function events(random: Random, tokens: number, perEvent: number): { text: string; tokens: number }[] {
  const out: { text: string; tokens: number }[] = [];
  for (let left = tokens; left > 0; left -= perEvent) {
    const n = Math.min(perEvent, left);
    out.push({ text: words(random, n), tokens: n });
  }
  return out;
}

export function planReply(random: Random, settings: ModelSettings, promptText: string, maxTokens: number | undefined): Plan {
  const limit = maxTokens !== undefined && maxTokens > 0 ? maxTokens : Infinity;
  const outputTokens = Math.max(1, Math.min(settings.outputTokens, limit));
  const chunk = Math.max(1, settings.chunkTokens);
  return {
    reasoning: events(random, settings.reasoningTokens, chunk),
    content: events(random, outputTokens, chunk),
    promptTokens: estimateTokens(promptText),
    outputTokens,
    reasoningTokens: settings.reasoningTokens,
    truncated: outputTokens < settings.outputTokens,
    settings,
  };
}

/** Total time the model takes for a plan: what a non-streaming reply waits before answering. */
export function planDurationMs(plan: Plan): number {
  const eventsCount = plan.reasoning.length + plan.content.length;
  return plan.settings.ttftMs + Math.max(0, eventsCount - 1) * plan.settings.itlMs * Math.max(1, plan.settings.chunkTokens);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/**
 * Streams a plan in real time. Event j is written at arrival + ttft + j × chunk × itl, scheduled from
 * the arrival time so timer lateness does not add up over a long reply. `write` turns an event into
 * SSE text; `midway` runs once halfway through (where faults strike) and may end the stream. With a
 * `capacity`, the reply first waits for a slot and the prompt's prefill, and each gap is stretched by
 * the batch the reply decodes in.
 */
export async function playPlan(
  res: ServerResponse,
  arrival: number,
  plan: Plan,
  write: (kind: 'reasoning' | 'content', event: { text: string; tokens: number }, tokensSoFar: number) => string,
  midway?: () => Promise<boolean>,
  capacity?: Capacity,
): Promise<boolean> {
  const release = capacity ? await capacity.acquire() : undefined;
  try {
    const all = [...plan.reasoning.map((e) => ['reasoning', e] as const), ...plan.content.map((e) => ['content', e] as const)];
    const step = plan.settings.itlMs * Math.max(1, plan.settings.chunkTokens);
    const half = Math.floor(all.length / 2);
    const start = capacity ? Math.max(arrival, performance.now()) : arrival;
    let due = start + (capacity?.prefillMs(plan.promptTokens) ?? 0) + plan.settings.ttftMs;
    let tokensSoFar = 0;
    for (let j = 0; j < all.length; j++) {
      if (res.destroyed) return false;
      if (j === half && midway && !(await midway())) return false;
      if (j > 0) due += step * (capacity?.slowdown() ?? 1);
      await sleep(due - performance.now());
      if (res.destroyed) return false;
      const [kind, event] = all[j]!;
      tokensSoFar += event.tokens;
      res.write(write(kind, event, tokensSoFar));
    }
    return true;
  } finally {
    release?.();
  }
}

/** A whole (non-streamed) reply's wait: for a slot and the prefill with a capacity, then the plan's time. */
export async function waitForWholeReply(arrival: number, plan: Plan, capacity?: Capacity): Promise<void> {
  if (!capacity) return sleep(arrival + planDurationMs(plan) - performance.now());
  const release = await capacity.acquire();
  try {
    const events = plan.reasoning.length + plan.content.length;
    const decode = Math.max(0, events - 1) * plan.settings.itlMs * Math.max(1, plan.settings.chunkTokens) * capacity.slowdown();
    await sleep(capacity.prefillMs(plan.promptTokens) + plan.settings.ttftMs + decode);
  } finally {
    release();
  }
}
