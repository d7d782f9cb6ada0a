import type { Profile, StepConfig } from '../config/schema.js';
import { ConfigError } from '../core/errors.js';
import { scrub } from '../core/secrets.js';
import type { LlmProtocol } from '../protocols/stream.js';
import type { CompiledAuth } from './auth.js';
import type { CompiledChecks } from './checks.js';
import { headerProblem } from '../http/headers.js';
import type { HttpRequest } from '../http/transport.js';
import { parseJsonPath } from '../core/jsonpath.js';
import type { JsonPath } from '../core/jsonpath.js';
import { compileJson, compileText, hasTemplate, jsonVariables, type Render, type Vars } from '../core/template.js';

/** A step made ready for the hot path: templates compiled, endpoint resolved to an index. */
export interface CompiledStep {
  label: string;
  endpoint: number;
  method: string;
  origin: string;
  path: Render;
  headers: (vars: Vars) => Record<string, string>;
  body: Render | undefined;
  captures: { name: string; source: string; path: JsonPath }[];
  /** How to read the response as an LLM reply, if it is one. */
  llm: LlmProtocol | undefined;
  checks: CompiledChecks | undefined;
  /** Statuses the step's checks expect; unset means "below 400 is success". */
  expectsStatus: readonly number[] | undefined;
  /** Whether the body must be kept (captures and checks read it). */
  keepBody: boolean;
  /** Indexes of the step's tags (`name=value`) in the run's tag list. */
  tags: readonly number[];
  /** The request itself when nothing in it is templated: built once, its bytes serialized once. */
  fixed: HttpRequest | undefined;
  /** How many redirects the step follows (http.follow_redirects). */
  followRedirects: number;
  /** A conversation of this many turns (1: a single request), each turn's `say` and its tags (with turn=N). */
  turns: number;
  say: Render | undefined;
  turnTags: (readonly number[])[] | undefined;
}

export interface CompiledScenario {
  name: string;
  weight: number;
  steps: CompiledStep[];
}

export interface CompiledFlows {
  scenarios: CompiledScenario[];
  endpointKeys: string[];
  tagKeys: string[];
  auth: CompiledAuth | undefined;
  /** Cumulative weights, for picking a scenario with one random number. */
  cumulativeWeights: number[];
}

/** Splits a step's target into an origin and a path template, joining relative paths onto the target. */
export function resolveTarget(target: string, base: string | undefined): { origin: string; path: string; display: string } {
  if (target.startsWith('/')) {
    const url = new URL(base!);
    const prefix = url.pathname.replace(/\/$/, '');
    return { origin: url.origin, path: prefix + target, display: target };
  }
  const match = /^(https?:\/\/[^/]+)(\/.*)?$/.exec(target)!;
  return { origin: match[1]!, path: match[2] ?? '/', display: target };
}

/** The step's headers, merged; a literal one that cannot be sent is a profile error (templated ones are checked when sent). */
function compileHeaders(sources: Record<string, string>[], label: string): (vars: Vars) => Record<string, string> {
  const merged: Record<string, string> = {};
  for (const source of sources) for (const [k, v] of Object.entries(source)) merged[k.toLowerCase()] = v;
  const entries = Object.entries(merged);
  for (const [name, value] of entries) {
    const problem = headerProblem(name, hasTemplate(value) ? '' : value);
    if (problem)
      throw new ConfigError(
        `step ${JSON.stringify(label)}: ${scrub(problem)}`,
        "a header name is letters, digits and !#$%&'*+-.^_`|~; a value holds no line breaks",
      );
  }
  if (!entries.some(([, v]) => hasTemplate(v))) return () => merged;
  const compiled = entries.map(([k, v]) => [k, compileText(v)] as const);
  return (vars) => {
    const out: Record<string, string> = {};
    for (const [k, render] of compiled) out[k] = render(vars);
    return out;
  };
}

function compileChecks(check: StepConfig['check']): CompiledChecks | undefined {
  if (!check) return undefined;
  return {
    status: check.status,
    contains: check.contains ?? [],
    json: Object.entries(check.json ?? {}).map(([source, expect]) => ({ source, path: parseJsonPath(source), ...expect })),
  };
}

/** `Authorization: Bearer {{token}}` → [name, value template]. */
export function splitHeader(line: string): [string, string] {
  const colon = line.indexOf(':');
  return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
}

function compileStep(
  step: StepConfig,
  profile: Profile,
  extraHeaders: Record<string, string>,
  endpointIndex: (key: string) => number,
  tagIndex: (key: string) => number,
): CompiledStep {
  const { method, target } = step.request;
  const { origin, path, display } = resolveTarget(target, profile.target);
  const key = `${method} ${display}`;
  const bodyHeaders: Record<string, string> =
    step.json !== undefined ? { 'content-type': 'application/json' } : step.body !== undefined ? { 'content-type': 'text/plain' } : {};
  const headerSources = [bodyHeaders, profile.headers, authHeader(profile), step.headers ?? {}, extraHeaders];
  const templated =
    hasTemplate(path) ||
    headerSources.some((source) => Object.values(source).some(hasTemplate)) ||
    (step.json !== undefined ? jsonVariables(step.json).length > 0 : step.body !== undefined && hasTemplate(step.body));
  const compiled = {
    path: compileText(path),
    headers: compileHeaders(headerSources, step.name ?? key),
    body: step.json !== undefined ? compileJson(step.json) : step.body !== undefined ? compileText(step.body) : undefined,
  };
  return {
    label: step.name ?? key,
    endpoint: endpointIndex(key),
    method,
    origin,
    ...compiled,
    fixed: templated ? undefined : { origin, method, path, headers: compiled.headers({}), body: compiled.body?.({}) },
    captures: Object.entries(step.capture ?? {}).map(([name, c]) => ({ name, source: c.source, path: c.path })),
    llm: step.llm,
    checks: compileChecks(step.check),
    expectsStatus: step.check?.status,
    keepBody: Boolean(step.capture) || Boolean(step.check?.json || step.check?.contains),
    tags: Object.entries(step.tags ?? {}).map(([k, v]) => tagIndex(`${k}=${v}`)),
    followRedirects: profile.http.follow_redirects,
    turns: step.turns ?? 1,
    say: step.turns ? compileText(step.say ?? 'Turn {{turn}}: tell me more.') : undefined,
    turnTags: step.turns
      ? Array.from({ length: step.turns }, (_, i) => [
          ...Object.entries(step.tags ?? {}).map(([k, v]) => tagIndex(`${k}=${v}`)),
          tagIndex(`turn=${i + 1}`),
        ])
      : undefined,
  };
}

function authHeader(profile: Profile): Record<string, string> {
  if (!profile.auth) return {};
  const [name, value] = splitHeader(profile.auth.header);
  return { [name]: value };
}

function compileAuth(profile: Profile, endpointIndex: (key: string) => number): CompiledAuth | undefined {
  const auth = profile.auth;
  if (!auth) return undefined;
  const { origin, path, display } = resolveTarget(auth.login.url, profile.target);
  return {
    origin,
    path,
    method: auth.login.method,
    headers: Object.fromEntries(
      Object.entries({ ...(auth.login.json !== undefined ? { 'content-type': 'application/json' } : {}), ...auth.login.headers }).map(
        ([k, v]) => [k.toLowerCase(), v],
      ),
    ),
    body:
      auth.login.json !== undefined
        ? compileJson(auth.login.json)
        : auth.login.body !== undefined
          ? compileText(auth.login.body)
          : undefined,
    tokenPath: auth.token.path,
    tokenSource: auth.token.source,
    perVu: auth.per_vu,
    endpoint: endpointIndex(`${auth.login.method} ${display} (login)`),
  };
}

/**
 * Compiles every scenario of a profile. Endpoints are keyed by method and the path as written
 * (`GET /conversations/{{conv}}/messages`), so one endpoint's metrics gather all its requests.
 */
export function compileFlows(profile: Profile, extraHeaders: Record<string, string> = {}): CompiledFlows {
  const endpointKeys: string[] = [];
  const tagKeys: string[] = [];
  const indexIn = (list: string[]) => (key: string) => {
    const found = list.indexOf(key);
    return found >= 0 ? found : list.push(key) - 1;
  };
  const scenarios = Object.entries(profile.scenarios).map(([name, scenario]) => ({
    name,
    weight: scenario.weight,
    steps: scenario.flow.map((step) => compileStep(step, profile, extraHeaders, indexIn(endpointKeys), indexIn(tagKeys))),
  }));
  const auth = compileAuth(profile, indexIn(endpointKeys));
  let sum = 0;
  const cumulativeWeights = scenarios.map((s) => (sum += s.weight));
  return { scenarios, endpointKeys, tagKeys, auth, cumulativeWeights };
}

export function pickScenario(flows: CompiledFlows, random: number): number {
  const total = flows.cumulativeWeights[flows.cumulativeWeights.length - 1]!;
  const point = random * total;
  const index = flows.cumulativeWeights.findIndex((w) => point < w);
  return index < 0 ? flows.scenarios.length - 1 : index;
}

/** Every origin a run's requests go to: the steps' and the login's. */
export function flowOrigins(flows: CompiledFlows): string[] {
  const origins = new Set<string>();
  for (const scenario of flows.scenarios) for (const step of scenario.steps) origins.add(step.origin);
  if (flows.auth) origins.add(flows.auth.origin);
  return [...origins];
}
