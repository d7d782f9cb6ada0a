import type { FailOn } from '../results/gate.js';
import * as core from '@actions/core';
import { parseDuration, positiveDuration } from '../core/duration.js';
import { ConfigError } from '../core/errors.js';
import { parseShard, parseWorkers, type Shard } from '../engine/shard.js';

export interface ActionInputs {
  mode: 'run' | 'comment' | 'merge';
  workers: number | 'auto';
  shard: Shard | undefined;
  profile: string | undefined;
  url: string | undefined;
  users: string | undefined;
  duration: string | undefined;
  rampUp: string | undefined;
  thinkTime: string | undefined;
  preset: string | undefined;
  composeFiles: string[];
  composeServices: string[];
  composeBuild: boolean;
  startCommand: string | undefined;
  healthUrls: string[];
  /** Unset: the profile's stack.timeout, else 120 s. */
  healthTimeoutMs: number | undefined;
  compare: 'none' | 'base';
  compareMaxTimeMs: number;
  compareRoundMs: number;
  baseline: string;
  saveBaseline: 'auto' | 'true' | 'false';
  baselineHistory: number;
  token: string;
  comment: 'on-pr' | 'always' | 'off' | 'on-alert';
  failOn: FailOn;
  outputDir: string;
  artifactName: string;
}

const list = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new ConfigError(
      `input ${name}: expected one of ${allowed.join(', ')}, got "${value}"`,
      `set ${name} to one of: ${allowed.join(', ')}`,
    );
  return value as T;
}

/** Reads and checks the action's inputs; a wrong one is a ConfigError naming the input. */
export function readInputs(): ActionInputs {
  const get = (name: string) => core.getInput(name).trim() || undefined;
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const healthTimeout = get('health-timeout');
  const healthTimeoutMs = healthTimeout === undefined ? undefined : parseDuration(healthTimeout);
  if (healthTimeout !== undefined && healthTimeoutMs === undefined)
    throw new ConfigError(
      `input health-timeout: expected a duration like "120s", got "${healthTimeout}"`,
      'write it as a number and a unit: 500ms, 120s, 5m',
    );
  const history = Number(get('baseline-history') ?? 10);
  if (!Number.isInteger(history) || history < 1)
    throw new ConfigError(
      `input baseline-history: expected a whole number of at least 1, got "${get('baseline-history')}"`,
      'set baseline-history to how many runs to keep, e.g. 10',
    );
  const build = get('compose-build') ?? 'true';
  return {
    mode: oneOf('mode', get('mode') ?? 'run', ['run', 'comment', 'merge'] as const),
    workers: parseWorkers(get('workers'), 'input workers'),
    shard: get('shard') ? parseShard(get('shard')!, 'input shard') : undefined,
    profile: get('profile'),
    url: get('url'),
    users: get('users'),
    duration: get('duration'),
    rampUp: get('ramp-up'),
    thinkTime: get('think-time'),
    preset: get('preset'),
    composeFiles: list(core.getInput('compose-file')),
    composeServices: list(core.getInput('compose-services')),
    composeBuild: oneOf('compose-build', build, ['true', 'false'] as const) === 'true',
    startCommand: get('start-command'),
    healthUrls: list(core.getInput('health-url')),
    healthTimeoutMs,
    compare: oneOf('compare', get('compare') ?? 'none', ['none', 'base'] as const),
    compareMaxTimeMs: positiveDuration('input compare-max-time', get('compare-max-time') ?? '3m'),
    compareRoundMs: positiveDuration('input compare-round-time', get('compare-round-time') ?? '10s'),
    baseline: get('baseline') ?? 'artifact',
    saveBaseline: oneOf('save-baseline', get('save-baseline') ?? 'auto', ['auto', 'true', 'false'] as const),
    baselineHistory: history,
    token,
    comment: oneOf('comment', get('comment') ?? 'on-pr', ['on-pr', 'always', 'off', 'on-alert'] as const),
    failOn: oneOf('fail-on', get('fail-on') ?? 'critical', ['critical', 'warn', 'never'] as const),
    outputDir: get('output-dir') ?? 'llm-load-results',
    artifactName: get('artifact-name') ?? 'llm-load-results',
  };
}
