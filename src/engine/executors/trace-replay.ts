import { readFileSync } from 'node:fs';
import { ConfigError } from '../../core/errors.js';
import { seededRandom } from '../../core/random.js';
import type { Vars } from '../../core/template.js';
import { syntheticPrompt } from '../data.js';
import { budgetShare, type ExecutorKind } from './kind.js';
import { OpenModelExecutor, type ArrivalSchedule } from './open-model.js';

/** One request of a trace, as Mooncake's traces hold them. */
export interface TraceRow {
  /** When it arrived, ms (from any origin: the first row's is the replay's start). */
  timestamp: number;
  input_length: number;
  output_length: number;
  /** Blocks of 512 prompt tokens, by content hash: equal ids are an equal prefix (what a prefix cache reuses). */
  hash_ids?: number[];
}

export interface TraceReplayPlan {
  executor: 'trace-replay';
  rows: TraceRow[];
  /** 2 replays twice as fast. */
  speed: number;
  preAllocatedVus: number;
  maxVus: number;
}

/** Mooncake's block: 512 tokens a hash id. */
const BLOCK_TOKENS = 512;

/** Reads a JSONL trace; every bad line is named with its number and what it lacks. */
export function readTrace(file: string): TraceRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `load.file: cannot read the trace ${file} (${(error as NodeJS.ErrnoException).code})`,
      "load.file is relative to the profile's folder",
    );
  }
  const rows: TraceRow[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    let row: Partial<TraceRow>;
    try {
      row = JSON.parse(line) as Partial<TraceRow>;
    } catch {
      throw new ConfigError(`${file}:${i + 1}: not valid JSON`, 'a trace holds one JSON object per line');
    }
    for (const key of ['timestamp', 'input_length', 'output_length'] as const)
      if (typeof row[key] !== 'number' || !(row[key]! >= 0))
        throw new ConfigError(
          `${file}:${i + 1}: ${key} must be a number of at least 0`,
          'each line: {"timestamp": ms, "input_length": N, "output_length": N, "hash_ids": [...]}',
        );
    rows.push(row as TraceRow);
  }
  if (rows.length === 0) throw new ConfigError(`${file}: the trace holds no requests`, 'one JSON object per line');
  return rows.sort((a, b) => a.timestamp - b.timestamp);
}

/** A prompt of the row's length; rows that share hash ids share those blocks' text, so their prefix is equal. */
export function tracePrompt(row: TraceRow, index: number, blocks: Map<number, string>): string {
  const words = Math.max(1, Math.round(row.input_length / 1.3));
  const parts: string[] = [];
  for (const id of row.hash_ids ?? []) {
    let block = blocks.get(id);
    if (block === undefined) {
      if (blocks.size > 10_000) blocks.clear(); // bounded, whatever the trace
      blocks.set(id, (block = syntheticPrompt(BLOCK_TOKENS, seededRandom(id >>> 0))));
    }
    parts.push(block);
  }
  const text = parts.length ? parts.join(' ') : syntheticPrompt(row.input_length, seededRandom(index));
  return text.split(' ').slice(0, words).join(' ');
}

/**
 * Replays a trace (open model): request i starts at its timestamp (less the first's, over `speed`), timed
 * from then; its prompt has the row's input length (prefixes shared by hash id) and its max_tokens the
 * row's output length, as `{{prompt}}`, `{{messages}}`, `{{input_tokens}}` and `{{max_tokens}}`.
 */
export const traceReplay: ExecutorKind<TraceReplayPlan> = {
  name: 'trace-replay',
  plan: (load) => {
    const rows = readTrace(load.file!);
    return {
      executor: 'trace-replay',
      rows,
      speed: load.speed,
      preAllocatedVus: load.pre_allocated_vus ?? Math.min(1000, Math.max(10, Math.ceil(rows.length / 10))),
      maxVus: load.max_vus ?? 1000,
    };
  },
  // Row i goes to shard (i mod K): each shard replays its part at the trace's own times.
  shard: (plan, shard) => ({
    ...plan,
    rows: plan.rows.filter((_, i) => i % shard.count === shard.index - 1),
    preAllocatedVus: budgetShare(plan.preAllocatedVus, shard),
    maxVus: budgetShare(plan.maxVus, shard),
  }),
  maxVus: (plan) => plan.maxVus,
  peakRatePerS: (plan) => (plan.rows.length * 1000 * plan.speed) / Math.max(1, plan.rows.at(-1)!.timestamp - plan.rows[0]!.timestamp),
  lasting: (plan) => plan,
  workerUnits: (plan) => traceReplay.peakRatePerS(plan) / 500,
  create: (plan, ctx) => new OpenModelExecutor(traceSchedule(plan), ctx),
};

function traceSchedule(plan: TraceReplayPlan): ArrivalSchedule {
  const t0 = plan.rows[0]?.timestamp ?? 0;
  const at = (row: TraceRow) => (row.timestamp - t0) / plan.speed;
  const blocks = new Map<number, string>();
  return {
    durationMs: plan.rows.length ? at(plan.rows.at(-1)!) + 1 : 0,
    preAllocatedVus: plan.preAllocatedVus,
    maxVus: plan.maxVus,
    timeOf: (i) => (i < plan.rows.length ? at(plan.rows[i]!) : undefined),
    varsOf: (i, vars: Vars) => {
      const row = plan.rows[i]!;
      const prompt = tracePrompt(row, i, blocks);
      vars.prompt = prompt;
      vars.messages = [{ role: 'user', content: prompt }];
      vars.input_tokens = row.input_length;
      vars.max_tokens = Math.max(1, row.output_length);
    },
  };
}
