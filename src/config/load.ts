import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { BUILTIN_VARS, jsonVariables, templateVariables } from '../core/template.js';
import { formatPath } from './format.js';
import { fillNumbers, interpolateEnv, type Path } from './interpolate.js';
import { parseMetricKey } from '../thresholds/metrics.js';
import { parseSloRows } from '../thresholds/slo.js';
import { searchOf } from './capacity.js';
import { checkLoadFields } from './load-fields.js';
import { profileSchema, show, type Profile } from './schema.js';
import { closest } from '../core/suggest.js';

const MAX_PROFILE_BYTES = 1024 * 1024;

export async function loadProfileFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${file}: cannot read the profile (${code ?? (error as Error).message})`,
      code === 'ENOENT'
        ? 'check the path, or run without a profile: llm-load run --url URL --users N --duration D'
        : 'check that the file can be read',
    );
  }
  return parseProfile(text, file, env);
}

export function parseProfile(text: string, file: string, env: NodeJS.ProcessEnv = process.env): Profile {
  if (text.length > MAX_PROFILE_BYTES)
    throw new ConfigError(
      `${file}: the profile is larger than 1 MiB; a profile holds settings, not data`,
      'put prompts in a file and name it in data.prompts',
    );
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(`${file}: not valid YAML: ${doc.errors[0]!.message}`, 'fix the YAML at the line and column named above');
  }
  let raw: unknown;
  try {
    // maxAliasCount bounds alias expansion, so a "billion laughs" file cannot exhaust memory.
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`${file}: ${(error as Error).message}`, 'fix the YAML named above');
  }
  if (raw === null || raw === undefined)
    throw new ConfigError(`${file}: the profile is empty`, 'see examples/profiles/ for a starting point');
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(
      `${file}: expected a mapping of settings (name, target, load, scenarios), got ${show(raw)}`,
      'see examples/profiles/ for a starting point',
    );
  }
  const whole: Path[] = [];
  const interpolated = interpolateEnv(raw, env, file, [], whole);
  return validateProfile(whole.length ? fillNumbers(interpolated, whole, typeErrors) : interpolated, file);
}

/** The fields of a would-be profile that hold a value of the wrong type, with the type they want. */
function typeErrors(raw: unknown): { path: readonly PropertyKey[]; expected: string }[] {
  const parsed = profileSchema.safeParse(raw);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) => (issue.code === 'invalid_type' ? [{ path: issue.path, expected: issue.expected }] : []));
}

/** Validates a plain object as a profile; every error names `source` and the field. */
export function validateProfile(raw: unknown, source: string): Profile {
  const parsed = profileSchema.safeParse(raw, { reportInput: true, error: describeIssue });
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((issue) => `${source}: ${formatPath(issue.path)}: ${issue.message}`);
    throw new ConfigError(lines.join('\n'), 'fix the fields named above; schema/profile.schema.json lets an editor check them as you type');
  }
  const profile = parsed.data;
  checkFlows(profile, source);
  try {
    const search = searchOf(profile);
    if (search) parseSloRows(search.slo, profile.capacity ? 'capacity.slo' : 'load.limits');
    else if (!Object.hasOwn(raw as object, 'load'))
      throw new ConfigError('load: required', 'add e.g. load: {executor: constant-vus, vus: 10, duration: 1m}, or a capacity: search');
    else checkLoadFields(profile.load);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${source}: ${error.message}`, error.hint);
    throw error;
  }
  checkThresholds(profile, source);
  if (profile.auth?.login.url.startsWith('/') && !profile.target) {
    throw new ConfigError(
      `${source}: auth.login.url: "${profile.auth.login.url}" is a relative path but the profile has no target`,
      'give the login a whole URL, or set target',
    );
  }
  return profile;
}

function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? `required (expected ${issue.expected})` : `expected ${issue.expected}, got ${show(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${show(issue.input)}`;
  }
  return undefined;
}

/** Every table key must be a metric and every threshold parse; errors suggest the closest key. */
function checkThresholds(profile: Profile, source: string): void {
  for (const [key, row] of Object.entries(profile.thresholds)) {
    const field = `thresholds["${key}"]`;
    const rows: Record<string, string> = {};
    if (row.target) rows[key] = row.target;
    try {
      parseSloRows(rows, `${source}: ${field}.target`);
      for (const critical of row.critical) parseSloRows({ [key]: critical }, `${source}: ${field}.critical`);
      if (!row.target && row.critical.length === 0) parseSloRows({ [key]: '<0' }, `${source}: thresholds`);
    } catch (error) {
      if (error instanceof ConfigError && error.message.includes('unknown metric')) {
        throw new ConfigError(
          error.message.replace(`${field}.target`, 'thresholds').replace(`${field}.critical`, 'thresholds'),
          error.hint,
        );
      }
      throw error;
    }
  }
  for (const key of Object.keys(profile.regression.metrics)) parseSloRows({ [key]: '<0' }, `${source}: regression.metrics`);
  checkSelectors(profile, source);
}

/** The endpoints, scenarios and tags a profile's results will have, as selectors name them. */
function selectorsOf(profile: Profile): { endpoint: string[]; scenario: string[]; tag: string[] } {
  const endpoint = new Set<string>();
  const tag = new Set<string>();
  for (const scenario of Object.values(profile.scenarios))
    for (const step of scenario.flow) {
      endpoint.add(`${step.request.method} ${step.request.target}`);
      for (const [name, value] of Object.entries(step.tags ?? {})) tag.add(`${name}=${value}`);
      for (let turn = 1; turn <= (step.turns ?? 0); turn++) tag.add(`turn=${turn}`);
    }
  if (profile.auth) endpoint.add(`${profile.auth.login.method} ${profile.auth.login.url} (login)`);
  return { endpoint: [...endpoint], scenario: Object.keys(profile.scenarios), tag: [...tag] };
}

/**
 * A key scoped to an endpoint, scenario or tag the profile does not have would read no data and never
 * gate: a profile error naming the closest real ones.
 */
function checkSelectors(profile: Profile, source: string): void {
  const known = selectorsOf(profile);
  const fields: [string, string[]][] = [
    ['thresholds', Object.keys(profile.thresholds)],
    ['regression.metrics', Object.keys(profile.regression.metrics)],
  ];
  for (const [field, keys] of fields)
    for (const key of keys) {
      const selector = parseMetricKey(key)?.selector;
      if (!selector) continue;
      const names = known[selector.kind];
      const name = selector.key;
      if (names.includes(name)) continue;
      const near = closest(name, names);
      const what = selector.kind === 'endpoint' ? 'endpoint' : selector.kind === 'scenario' ? 'scenario' : 'tag';
      throw new ConfigError(
        `${source}: ${field}["${key}"]: the profile has no ${what} "${name}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}`,
        `its ${what}s: ${names.join(', ') || 'none'}`,
      );
    }
}

/** Checks zod cannot: relative paths need a target; every `{{var}}` is captured by an earlier step. */
function checkFlows(profile: Profile, source: string): void {
  for (const [scenarioName, scenario] of Object.entries(profile.scenarios)) {
    const known = new Set<string>(BUILTIN_VARS);
    if (profile.auth) known.add('token');
    if (profile.data || profile.load.executor === 'trace-replay')
      for (const name of ['prompt', 'messages', 'max_tokens', 'input_tokens']) known.add(name);
    if (scenario.flow.some((step) => step.turns)) for (const name of ['conversation', 'turn']) known.add(name);
    scenario.flow.forEach((step, index) => {
      const at = `${source}: scenarios.${scenarioName}.flow[${index}]`;
      if (step.request.target.startsWith('/') && !profile.target) {
        throw new ConfigError(
          `${at}.request: "${step.request.target}" is a relative path but the profile has no target`,
          'add target: http://host:port at the top of the profile',
        );
      }
      const used = [
        ...templateVariables(step.request.target),
        ...Object.values(step.headers ?? {}).flatMap(templateVariables),
        ...jsonVariables(step.json),
        ...(step.body ? templateVariables(step.body) : []),
      ];
      for (const name of used) {
        if (!known.has(name)) {
          throw new ConfigError(
            `${at}: unknown variable {{${name}}}`,
            `capture it in an earlier step (capture: {${name}: $.id}) or use one of ${BUILTIN_VARS.join(', ')}` +
              ' (token with auth:, prompt/messages/max_tokens with data:)',
          );
        }
      }
      if (step.capture && step.llm?.endsWith('-sse')) {
        throw new ConfigError(
          `${at}.capture: a streamed reply (llm: ${step.llm}) is not kept, so nothing can be captured from it`,
          'capture from a non-streaming step instead',
        );
      }
      for (const name of Object.keys(step.capture ?? {})) known.add(name);
    });
  }
}
