import { join } from 'node:path';
import { loadProfileFile } from '../config/load.js';
import { freePort } from '../core/port.js';
import { searchOf } from '../config/capacity.js';
import type { Profile } from '../config/schema.js';
import { ConfigError } from '../core/errors.js';
import { lasting, planLoad } from '../engine/executors/registry.js';
import { runLoad } from '../engine/load.js';
import type { RunOptions } from '../engine/options.js';
import { AB_MIN_PAIRS, judgePairs, undecided, type RoundPair } from '../gate/ab.js';
import { AB_SCHEMA, type AbResults, type AbRow } from '../results/ab.js';
import { DEFAULT_REGRESSION_KEYS, evaluateGate } from '../gate/verdict.js';
import type { FailOn, RowResult, Verdict } from '../results/gate.js';
import { mergeResults } from '../results/merge.js';
import type { Results } from '../results/results.js';
import { bootStack } from '../stack/boot.js';
import type { Stack, StackConfig } from '../stack/stack.js';
import { profileStack } from './run.js';

export type SideName = 'base' | 'head';

/** One side of an A/B: the profile it is loaded with (its target), and the stack it boots, from where. */
export interface AbSide {
  profile: Profile;
  stack?: StackConfig;
  cwd?: string;
  env?: Record<string, string>;
}

export interface AbOptions {
  base: AbSide;
  head: AbSide;
  mode: AbResults['comparison']['mode'];
  /** A fixed number of round pairs; or, with maxTimeMs, pairs are added until every row is decided. */
  rounds?: number;
  maxTimeMs?: number;
  roundMs: number;
  seed: number;
  failOn: FailOn;
  signal: AbortSignal;
  log: (line: string) => void;
  logDir: string;
  engine: Pick<RunOptions, 'extraHeaders' | 'jwtToken' | 'secrets'>;
}

/** Round pairs when neither --rounds nor --max-time is given. */
export const DEFAULT_ROUNDS = 6;

const RANK: Record<RowResult, number> = { PASS: 0, INSUFFICIENT: 1, WARN: 2, FAIL: 3 };
const worst = (results: RowResult[]): RowResult => results.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'PASS');

/** The rows an A/B judges: the profile's regression keys and the defaults for its kind of run. */
function abKeys(profile: Profile, llm: boolean): string[] {
  return [...new Set([...(llm ? DEFAULT_REGRESSION_KEYS.llm : DEFAULT_REGRESSION_KEYS.plain), ...Object.keys(profile.regression.metrics)])];
}

/** Keeps at most one side's stack up (turns), or both (concurrent); boots a side when its round needs it. */
class Stacks {
  private readonly up = new Map<SideName, Stack | undefined>();

  constructor(private readonly options: AbOptions) {}

  /** Makes `side` ready; true when it was just booted (its next round is a warm-up). */
  async ready(side: SideName): Promise<boolean> {
    if (this.up.has(side)) return false;
    if (this.options.mode === 'turns') await this.downAll();
    const config = this.options[side];
    const stack = config.stack
      ? await bootStack(config.stack, {
          cwd: config.cwd,
          env: config.env,
          logDir: join(this.options.logDir, side),
          name: `${config.profile.name}-${side}`,
          signal: this.options.signal,
          log: (line) => this.options.log(`${side}: ${line}`),
        })
      : undefined;
    this.up.set(side, stack);
    return true;
  }

  async downAll(): Promise<void> {
    for (const stack of this.up.values()) await stack?.down();
    this.up.clear();
  }
}

/**
 * Runs the same profile against two sides in rounds on one machine, AB BA AB …, the two rounds of a pair
 * under one seed (same prompts and picks); a warm-up round after each boot is not counted. Judges every
 * row on the paired differences (gate/ab.ts) and applies the profile's table to the head side.
 */
export async function runAb(options: AbOptions): Promise<AbResults> {
  for (const side of [options.base, options.head])
    if (searchOf(side.profile))
      throw new ConfigError(
        'an A/B compares one load on both sides; a capacity search is not one',
        'remove capacity: (or shape: stress) for llm-load ab',
      );
  const plan = (profile: Profile) => lasting(planLoad(profile.load), options.roundMs);
  const round = (side: SideName, seed: number) =>
    runLoad(options[side].profile, plan(options[side].profile), { ...options.engine, seed, signal: options.signal });

  const stacks = new Stacks(options);
  const pairs: RoundPair[] = [];
  const order: string[] = [];
  const started = performance.now();
  let rows: AbRow[] = [];
  let note = '';
  try {
    if (options.mode === 'concurrent') {
      for (const side of ['base', 'head'] as const) {
        await stacks.ready(side);
        if (!options.signal.aborted) await round(side, options.seed - 1); // warm-up
      }
    }
    const pairsWanted = options.rounds ?? (options.maxTimeMs === undefined ? DEFAULT_ROUNDS : Infinity);
    while (pairs.length < pairsWanted && !options.signal.aborted) {
      const i = pairs.length;
      const sides: SideName[] = i % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
      const pair: Partial<RoundPair> = {};
      for (const side of sides) {
        if (await stacks.ready(side)) await round(side, options.seed - 1); // warm-up after a boot
        if (options.signal.aborted) break;
        pair[side] = await round(side, options.seed + i);
      }
      if (!pair.base || !pair.head || pair.base.meta.interrupted || pair.head.meta.interrupted) break;
      pairs.push(pair as RoundPair);
      order.push(sides.map((s) => (s === 'base' ? 'A' : 'B')).join(''));
      options.log(`round pair ${pairs.length}: ${order.at(-1)}`);
      rows = judgePairs(pairs, rulesOf(options.head.profile, pair.head));
      const spentMs = performance.now() - started;
      if (options.maxTimeMs !== undefined && options.rounds === undefined) {
        // A row past its tolerance decides the verdict; otherwise every row must be decided.
        if (pairs.length >= AB_MIN_PAIRS && rows.some((row) => row.result === 'FAIL')) {
          note = `a row failed after ${pairs.length} round pairs`;
          break;
        }
        if (pairs.length >= AB_MIN_PAIRS && !undecided(rows)) {
          note = `every row decided after ${pairs.length} round pairs`;
          break;
        }
        const pairMs = spentMs / pairs.length;
        if (spentMs + pairMs > options.maxTimeMs) {
          note = `--max-time spent after ${pairs.length} round pairs; undecided rows stay WARN`;
          break;
        }
      }
    }
  } finally {
    await stacks.downAll();
  }
  if (options.signal.aborted) note = `interrupted (${String(options.signal.reason)}) after ${pairs.length} round pairs`;
  else if (!note) note = `${pairs.length} round pairs`;
  return compare(options, pairs, rows, order, note);
}

function rulesOf(profile: Profile, sample: Results) {
  return {
    keys: abKeys(profile, Boolean(sample.metrics.e2e?.count)),
    tolerance: (key: string) => profile.regression.metrics[key] ?? profile.regression.ab_default,
    confidence: profile.regression.confidence,
  };
}

/** Both sides' rounds merged into one results file each; the head side gated by the table; the verdict. */
function compare(options: AbOptions, pairs: RoundPair[], rows: AbRow[], order: string[], note: string): AbResults {
  if (pairs.length === 0)
    throw new ConfigError(
      `the A/B measured no complete round pair: ${note}`,
      'check that both sides answer, and give --round-time enough for a few requests',
    );
  const base = mergeResults(
    pairs.map((p) => p.base),
    pairs.map((_, i) => `base round ${i + 1}`),
    'one after another',
  );
  const head = mergeResults(
    pairs.map((p) => p.head),
    pairs.map((_, i) => `head round ${i + 1}`),
    'one after another',
  );
  if (options.signal.aborted) base.meta.interrupted = head.meta.interrupted = String(options.signal.reason);
  const profile = options.head.profile;
  head.gate = evaluateGate({
    results: head,
    thresholds: profile.thresholds,
    regression: profile.regression,
    baselineNote: `A/B against the base side, ${pairs.length} round pairs`,
    failOn: options.failOn,
    endurance: undefined,
  });
  const tableRows = head.gate.rows.map((row) => row.result);
  const all = [...rows.map((row) => row.result), ...tableRows];
  const verdict: Verdict = all.length ? worst(all) : 'UNGATED';
  const failed =
    options.failOn === 'never' || verdict === 'UNGATED' ? false : options.failOn === 'warn' ? verdict !== 'PASS' : verdict === 'FAIL';
  return {
    schema: AB_SCHEMA,
    base,
    head,
    comparison: { verdict, failed, failOn: options.failOn, rounds: pairs.length, order: order.join(' '), mode: options.mode, rows, note },
  };
}

export type AbSides = Pick<AbOptions, 'base' | 'head' | 'mode'>;

/** Two services already running: the profile's target replaced on each side, no stack booted. */
export function sidesFromUrls(profile: Profile, baseUrl: string, headUrl: string): AbSides {
  const side = (target: string): AbSide => ({ profile: { ...profile, target, stack: undefined } });
  return { base: side(baseUrl), head: side(headUrl), mode: 'concurrent' };
}

/**
 * The same profile on both sides (one load, one gate), each side's stack booted from its own checkout.
 * When the profile takes its port from ${LLM_LOAD_PORT}, the sides get two ports and run at once;
 * otherwise they take turns.
 */
export async function sidesFromCheckouts(file: string, baseDir: string, headDir: string): Promise<AbSides> {
  const ports = [await freePort(), await freePort()];
  const [base, head] = await Promise.all(ports.map((port) => loadProfileFile(file, { ...process.env, LLM_LOAD_PORT: String(port) })));
  const concurrent = base!.target !== head!.target;
  const side = (profile: Profile, cwd: string, port: number): AbSide => ({
    profile,
    stack: profileStack(profile),
    cwd,
    env: { LLM_LOAD_PORT: String(port) },
  });
  return concurrent
    ? { base: side(base!, baseDir, ports[0]!), head: side(head!, headDir, ports[1]!), mode: 'concurrent' }
    : { base: side(base!, baseDir, ports[0]!), head: side(base!, headDir, ports[0]!), mode: 'turns' };
}
