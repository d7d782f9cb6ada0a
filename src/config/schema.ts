import { z } from 'zod';
import { parseDuration } from './duration.js';
import { didYouMean } from './suggest.js';
import { parseJsonPath } from '../engine/jsonpath.js';
import { LLM_PROTOCOLS } from '../protocols/stream.js';

/** Shows a user's value in an error message the way they wrote it. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  const text = JSON.stringify(value);
  return text && text.length > 60 ? `${text.slice(0, 57)}...` : String(text);
}

/** Keys that later versions read; naming them gets a clearer message than "unknown key". */
const PLANNED_KEYS = new Set(['stack', 'auth', 'data', 'thresholds', 'regression', 'endurance']);

/** A strict object whose unknown-key error lists the valid keys closest to the typo. */
function strict<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) =>
          PLANNED_KEYS.has(key) && !known.includes(key)
            ? `"${key}" is not supported by this version of llm-load yet`
            : `unknown key "${key}"${didYouMean(key, known)}; valid keys: ${known.join(', ')}`,
        )
        .join('; ');
    },
  });
}

const duration = (what = 'a duration like "30s" or "2m"') =>
  z.unknown().transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected ${what}, got ${show(value)}` });
      return z.NEVER;
    }
    return ms;
  });

const positiveInt = z.number().int().positive();

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** `POST /chat` or `GET https://host/path`. */
const requestLine = z.string().transform((value, ctx) => {
  const match = /^([A-Za-z]+)\s+(\S+)$/.exec(value.trim());
  const method = match?.[1]!.toUpperCase() as HttpMethod | undefined;
  const target = match?.[2];
  if (!method || !target || !HTTP_METHODS.includes(method) || !/^(\/|https?:\/\/)/.test(target)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected "METHOD /path" or "METHOD http://host/path" (methods: ${HTTP_METHODS.join(', ')}), got ${show(value)}`,
    });
    return z.NEVER;
  }
  return { method, target };
});

const jsonPath = z.string().transform((value, ctx) => {
  try {
    return { source: value, path: parseJsonPath(value) };
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

const thinkTime = z.union([
  duration().transform((ms) => ({ minMs: ms, maxMs: ms })),
  strict({ min: duration(), max: duration() }).transform(({ min, max }) => ({ minMs: min, maxMs: max })),
]);

const step = strict({
  name: z.string().min(1).optional(),
  request: requestLine,
  headers: z.record(z.string(), z.string()).optional(),
  json: z.unknown().optional(),
  body: z.string().optional(),
  capture: z.record(z.string().regex(/^[A-Za-z_]\w*$/, 'capture names are letters, digits and _'), jsonPath).optional(),
  llm: z.enum(LLM_PROTOCOLS).optional(),
}).refine((s) => s.json === undefined || s.body === undefined, { message: 'give either json or body, not both' });

const scenario = strict({
  weight: z.number().positive().default(1),
  flow: z.array(step).min(1, 'a scenario needs at least one step in flow'),
});

export const EXECUTORS = ['constant-vus', 'ramping-vus'] as const;

const stage = strict({ duration: duration(), target: z.number().int().nonnegative() });

const load = strict({
  executor: z.enum(EXECUTORS).default('constant-vus'),
  vus: positiveInt.optional(),
  duration: duration().optional(),
  start_vus: z.number().int().nonnegative().default(0),
  stages: z.array(stage).min(1).optional(),
  think_time: thinkTime.default({ minMs: 0, maxMs: 0 }),
  timeout: duration().default(60_000),
  graceful_stop: duration().default(30_000),
}).superRefine((l, ctx) => {
  if (l.executor === 'constant-vus') {
    if (l.vus === undefined) ctx.addIssue({ code: 'custom', path: ['vus'], message: 'constant-vus needs vus (e.g. vus: 10)' });
    if (l.duration === undefined)
      ctx.addIssue({ code: 'custom', path: ['duration'], message: 'constant-vus needs duration (e.g. duration: 30s)' });
  } else if (!l.stages) {
    ctx.addIssue({ code: 'custom', path: ['stages'], message: 'ramping-vus needs stages (e.g. [{duration: 1m, target: 10}])' });
  }
  if (l.think_time.minMs > l.think_time.maxMs)
    ctx.addIssue({ code: 'custom', path: ['think_time'], message: 'think_time min is larger than max' });
});

export const profileSchema = strict({
  name: z
    .string()
    .regex(/^[\w.-]+$/, 'name is letters, digits, ".", "_" and "-" (it names the comment and the baseline)')
    .default('llm-load'),
  target: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL like "http://localhost:8000"' }).optional(),
  headers: z.record(z.string(), z.string()).default({}),
  load,
  scenarios: z
    .record(z.string().regex(/^[\w.-]+$/, 'scenario names are letters, digits, ".", "_" and "-"'), scenario)
    .refine((s) => Object.keys(s).length > 0, 'define at least one scenario'),
});

export type Profile = z.output<typeof profileSchema>;
export type LoadConfig = Profile['load'];
export type ScenarioConfig = Profile['scenarios'][string];
export type StepConfig = ScenarioConfig['flow'][number];
