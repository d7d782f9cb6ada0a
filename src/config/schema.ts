import { z } from 'zod';
import { parseDuration } from '../core/duration.js';
import { didYouMean } from '../core/suggest.js';
import { parseJsonPath } from '../core/jsonpath.js';
import { registerSecret } from '../core/secrets.js';
import { LLM_PROTOCOLS } from '../protocols/stream.js';

/** Shows a user's value in an error message the way they wrote it. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  const text = JSON.stringify(value);
  return text && text.length > 60 ? `${text.slice(0, 57)}...` : String(text);
}

/** A strict object whose unknown-key error lists the valid keys closest to the typo. */
function strict<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys.map((key) => `unknown key "${key}"${didYouMean(key, known)}; valid keys: ${known.join(', ')}`).join('; ');
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

const positiveInt = z.number().int().positive().max(1e9);

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

const statusList = z.union([
  z
    .number()
    .int()
    .min(100)
    .max(599)
    .transform((n) => [n]),
  z.array(z.number().int().min(100).max(599)).min(1),
]);

/** Per-step checks: expected status, JSON path exists/equals, body contains. A failed one is an `assertion` error. */
const check = strict({
  status: statusList.optional(),
  json: z.record(z.string(), strict({ exists: z.boolean().optional(), equals: z.unknown().optional() })).optional(),
  contains: z.union([z.string().transform((t) => [t]), z.array(z.string())]).optional(),
});

const step = strict({
  name: z.string().min(1).optional(),
  request: requestLine,
  headers: z.record(z.string(), z.string()).optional(),
  json: z.unknown().optional(),
  body: z.string().optional(),
  capture: z.record(z.string().regex(/^[A-Za-z_]\w*$/, 'capture names are letters, digits and _'), jsonPath).optional(),
  check: check.optional(),
  tags: z.record(z.string().regex(/^[\w.-]+$/, 'tag names are letters, digits, ".", "_" and "-"'), z.string()).optional(),
  llm: z.enum(LLM_PROTOCOLS).optional(),
  /**
   * A conversation: the step is sent this many times, each time with `{{conversation}}` holding every
   * earlier turn (the user's `say` and the model's real answer) and this turn's `say`; `{{turn}}` counts
   * from 1, and each turn's metrics are tagged `turn=N`.
   */
  turns: z.number().int().min(1).max(100).optional(),
  say: z.string().optional(),
})
  .refine((s) => s.json === undefined || s.body === undefined, { message: 'give either json or body, not both' })
  .refine((s) => s.turns === undefined || s.llm !== undefined, {
    message: 'turns need an llm: step, whose answers carry on',
    path: ['turns'],
  });

const scenario = strict({
  weight: z.number().positive().default(1),
  flow: z.array(step).min(1, 'a scenario needs at least one step in flow'),
});

export const EXECUTORS = ['constant-vus', 'ramping-vus', 'constant-arrival-rate', 'ramping-arrival-rate', 'trace-replay'] as const;
export const SHAPES = ['baseline', 'stress', 'spike', 'endurance'] as const;

// Bounded so a typo (a target of 1e19) is an error, not an attempt; what one machine runs is checked per shard.
const stage = strict({ duration: duration(), target: z.number().nonnegative().max(1e9) });

/** `<5%`-style limits keyed by metric, as in the thresholds table. */
const limits = z.record(z.string(), z.string());

const percent = z
  .union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?\s*%$/, 'expected a percentage like "10%"')])
  .transform((v) => (typeof v === 'number' ? v / 100 : Number(v.replace('%', '')) / 100));

const load = strict({
  executor: z.enum(EXECUTORS).optional(),
  vus: positiveInt.optional(),
  duration: duration().optional(),
  start_vus: z.number().int().nonnegative().default(0),
  stages: z.array(stage).min(1).optional(),
  rate: z.number().positive().max(1e9).optional(),
  start_rate: z.number().nonnegative().default(0),
  time_unit: duration().default(1000),
  pre_allocated_vus: positiveInt.optional(),
  max_vus: positiveInt.optional(),
  think_time: thinkTime.default({ minMs: 0, maxMs: 0 }),
  /**
   * Closed model without a random think time: each VU pauses up to this share of its last iteration's
   * time (seeded), and VUs started together spread over their first iteration, so they do not fire in
   * waves. 0 turns both off.
   */
  jitter: percent.default(0.05),
  /** trace-replay: the JSONL trace (Mooncake's format; relative to the profile's folder) and its speed. */
  file: z.string().min(1).optional(),
  speed: z.number().positive().max(1000).default(1),
  /**
   * Open model: how iterations arrive. constant (k6's, evenly), poisson, or {process: gamma, burstiness}
   * (vLLM's: 1 is Poisson, below 1 burstier); seeded by the run's seed.
   */
  arrival: z
    .union([
      z.enum(['constant', 'poisson']).transform((process) => ({ process, burstiness: 1 })),
      strict({ process: z.enum(['constant', 'poisson', 'gamma']), burstiness: z.number().positive().max(1000).default(1) }),
    ])
    .default({ process: 'constant', burstiness: 1 }),
  /** Stop the run when every request of its first `after` failed (k6's abortOnFail); false: never. */
  abort_on_fail: z.union([z.literal(false), strict({ after: duration().default(5000) })]).default({ after: 5000 }),
  timeout: duration().default(60_000),
  graceful_stop: duration().default(30_000),
  /** Retry answers with these statuses (429 by default) up to `max` times, waiting retry-after (or backoff). */
  retry: strict({
    statuses: z.array(z.number().int().min(400).max(599)).min(1).default([429]),
    max: z.number().int().min(1).max(10).default(2),
    backoff: duration().default(1000),
  }).optional(),
  // Named shapes (sugar over stages): baseline, stress, spike, endurance.
  shape: z.enum(SHAPES).optional(),
  users: positiveInt.optional(),
  peak: positiveInt.optional(),
  ramp: duration().optional(),
  hold: duration().optional(),
  start: positiveInt.optional(),
  step: positiveInt.optional(),
  max: positiveInt.optional(),
  step_duration: duration().optional(),
  limits: limits.optional(),
}).superRefine((l, ctx) => {
  if (l.think_time.minMs > l.think_time.maxMs) {
    ctx.addIssue({ code: 'custom', path: ['think_time'], message: 'think_time min is larger than max' });
  }
  if (l.shape && l.executor) {
    ctx.addIssue({ code: 'custom', path: ['shape'], message: 'give either shape or executor, not both (a shape sets its own stages)' });
  }
  if (l.max_vus !== undefined && l.pre_allocated_vus !== undefined && l.max_vus < l.pre_allocated_vus) {
    ctx.addIssue({ code: 'custom', path: ['max_vus'], message: 'max_vus is smaller than pre_allocated_vus' });
  }
});

/** Search for the highest rate (or VU count) whose SLO rows still pass. */
const capacity = strict({
  vary: z.enum(['rate', 'vus']).default('rate'),
  mode: z.enum(['step', 'binary']).default('step'),
  start: z.number().positive(),
  step: z.number().positive().optional(),
  max: z.number().positive(),
  step_duration: duration().default(30_000),
  slo: limits.refine((l) => Object.keys(l).length > 0, 'name at least one SLO row, e.g. {"ttft.p99": "<2s"}'),
}).refine((c) => c.max >= c.start, { message: 'capacity max is below start', path: ['max'] });

const distribution = z.union([
  z
    .number()
    .int()
    .positive()
    .transform((fixed) => ({ fixed })),
  z
    .array(z.number().int().positive())
    .min(1)
    .transform((list) => ({ list })),
  strict({
    mean: z.number().positive(),
    stddev: z.number().nonnegative().default(0),
    min: z.number().int().positive().default(1),
    max: z.number().int().positive().default(1_000_000),
  }),
]);

const data = strict({
  prompts: z.string().min(1).optional(),
  order: z.enum(['sequential', 'random', 'per_vu']).default('sequential'),
  synthetic: strict({
    input_tokens: distribution,
    output_tokens: distribution.optional(),
    /** Each prompt starts with one of `groups` prefixes of `tokens` tokens (as a system prompt is shared). */
    shared_prefix: strict({ tokens: positiveInt.max(1_000_000), groups: positiveInt.max(100_000).default(1) }).optional(),
  }).optional(),
  max_tokens: distribution.optional(),
}).refine((d) => !(d.prompts && d.synthetic), { message: 'give either prompts or synthetic, not both' });

const auth = strict({
  login: strict({
    url: z.string().regex(/^(\/|https?:\/\/)/, 'expected a URL like "http://host/api/auth/login" or a path joined to target'),
    method: z.enum(['POST', 'PUT', 'GET']).default('POST'),
    json: z.unknown().optional(),
    body: z.string().optional(),
    headers: z.record(z.string(), z.string()).default({}),
  }),
  token: jsonPath,
  header: z
    .string()
    .regex(/^[\w-]+:\s*.*\{\{\s*token\s*\}\}/, 'expected "Header-Name: value with {{token}}", e.g. "Authorization: Bearer {{token}}"')
    .default('Authorization: Bearer {{token}}'),
  per_vu: z.boolean().default(false),
});

/** One row of the Target / Critical table: `{target, critical}`, or k6's bare string(s) (critical). */
const thresholdRow = z.union([
  z.string().transform((critical) => ({ target: undefined, critical: [critical] })),
  z
    .array(z.string())
    .min(1)
    .transform((critical) => ({ target: undefined, critical })),
  strict({ target: z.string().optional(), critical: z.string().optional() })
    .refine((r) => r.target !== undefined || r.critical !== undefined, 'give target, critical or both')
    .transform((r) => ({ target: r.target, critical: r.critical === undefined ? [] : [r.critical] })),
]);

/** Defaults chosen by `npm run bench:gate` (figures in bench/GATE.md). */
const regression = strict({
  default: percent.default(0.05),
  /**
   * The tolerance of an A/B row (llm-load ab, compare: base). Both sides share a runner, so the 4–5 %
   * runner-to-runner drift the history's default allows for cancels; bench/AB.md has the figures.
   */
  ab_default: percent.default(0.03),
  metrics: z.record(z.string(), percent).default({}),
  history: z.number().int().positive().max(100).default(10),
  /** Two-sided confidence of each row's interval. */
  confidence: z.number().gt(0.5).lt(1).default(0.95),
  severity: z.enum(['fail', 'warn']).default('fail'),
  k: z
    .unknown()
    .optional()
    .refine(
      (v) => v === undefined,
      "regression.k is no longer used: the history's spread now widens each row's interval, not its tolerance; remove k",
    ),
});

/** The service under test, booted before the load and torn down after it. */
/** `compose: file.yml`, a list of files, or `{files, services, build, project}`. */
const composeFiles = z.union([
  z
    .string()
    .min(1)
    .transform((f) => [f]),
  z.array(z.string().min(1)).min(1),
]);
const compose = z.union([
  composeFiles.transform((files) => ({ files, services: [] as string[], build: true, project: undefined as string | undefined })),
  strict({
    files: composeFiles,
    services: z.array(z.string().min(1)).default([]),
    build: z.boolean().default(true),
    project: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*$/, 'a compose project name: lowercase letters, digits, - and _')
      .optional(),
  }),
]);

const stack = strict({
  compose: compose.optional(),
  command: z.string().min(1).optional(),
  // A value may be marked secret ({value: "…", secret: true}): it is masked everywhere like a token.
  env: z
    .record(
      z.string(),
      z.union([
        z.union([z.string(), z.number(), z.boolean()]).transform(String),
        strict({ value: z.union([z.string(), z.number()]).transform(String), secret: z.boolean().default(false) }).transform((v) => {
          if (v.secret) registerSecret(v.value);
          return v.value;
        }),
      ]),
    )
    .default({}),
  health: z.union([z.string().transform((url) => [url]), z.array(z.string())]).default([]),
  timeout: duration().default(120_000),
}).superRefine((st, ctx) => {
  if (st.compose !== undefined && st.command !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['command'], message: 'give stack.compose or stack.command, not both' });
  }
  for (const [i, url] of st.health.entries()) {
    if (!/^https?:\/\//.test(url))
      ctx.addIssue({ code: 'custom', path: ['health', i], message: `expected an http(s) URL, got ${show(url)}` });
  }
});

/** `10%/h` (relative drift), `50MB/h` (growth), per hour or per minute; normalised to per hour. */
export const driftLimit = (what: 'relative' | 'memory') =>
  z.string().transform((text, ctx) => {
    const m = /^\s*([\d.]+)\s*(%|kb|mb|gb)?\s*\/\s*(h|min|m)\s*$/i.exec(text);
    const unit = m?.[2]?.toLowerCase();
    const ok = m && (what === 'relative' ? unit === '%' : unit !== undefined && unit !== '%');
    if (!ok) {
      ctx.addIssue({
        code: 'custom',
        message: `expected ${what === 'relative' ? 'a drift like "10%/h"' : 'a growth like "50MB/h"'}, got ${show(text)}`,
      });
      return z.NEVER;
    }
    const perHour = m[3]!.toLowerCase() === 'h' ? 1 : 60;
    const scale = unit === '%' ? 0.01 : unit === 'kb' ? 0.001 : unit === 'gb' ? 1000 : 1;
    return { perHour: Number(m[1]) * scale * perHour, source: text.trim() };
  });

/** Sampling the service's memory and CPU while the load runs. */
const resources = strict({
  interval: duration().default(5000),
  prometheus: z.url({ protocol: /^https?$/ }).optional(),
  memory_metric: z.string().optional(),
  cpu_metric: z.string().optional(),
});

/** Endurance judgement: robust trends over the run, after a warm-up. */
const endurance = strict({
  window: duration().default(60_000),
  warmup: duration().optional(),
  max_latency_drift: driftLimit('relative').optional(),
  max_ttft_drift: driftLimit('relative').optional(),
  max_error_rate_growth: z
    .string()
    .transform((t, ctx) => {
      const m = /^\s*([\d.]+)\s*%\s*\/\s*h\s*$/i.exec(t);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `expected a growth in percentage points like "1%/h", got ${show(t)}` });
        return z.NEVER;
      }
      return { perHour: Number(m[1]) / 100, source: t.trim() };
    })
    .optional(),
  max_memory_growth: driftLimit('memory').optional(),
});

export const profileSchema = strict({
  name: z
    .string()
    .regex(/^[\w.-]+$/, 'name is letters, digits, ".", "_" and "-" (it names the comment and the baseline)')
    .default('llm-load'),
  target: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL like "http://localhost:8000"' }).optional(),
  headers: z.record(z.string(), z.string()).default({}),
  /** Accept self-signed TLS certificates of the target (opt-in). */
  insecure: z.boolean().default(false),
  /** How requests travel: the transport (see http/choose.ts) and the HTTP version. */
  http: strict({
    transport: z.enum(['auto', 'fast', 'undici']).default('auto'),
    version: z
      .union([z.literal('1.1'), z.literal('2'), z.literal(1.1), z.literal(2)])
      .transform((v) => String(v) as '1.1' | '2')
      .default('1.1'),
    /** Follow up to N redirects (3xx with a Location) within a step, as k6's maxRedirects; 0: a 3xx ends the step. */
    follow_redirects: z.number().int().nonnegative().max(20).default(0),
  })
    .refine((h) => !(h.transport === 'fast' && h.version === '2'), {
      message: 'the fast transport speaks HTTP/1.1: give transport: undici (or auto) for version: 2',
      path: ['version'],
    })
    .prefault({}),
  /** How long one SSE line, and one event's data, may grow (characters); past it the stream fails. */
  stream: strict({
    max_line: positiveInt.max(256 * 1024 * 1024).default(1024 * 1024),
    max_event: positiveInt.max(256 * 1024 * 1024).default(1024 * 1024),
  }).prefault({}),
  stack: stack.optional(),
  auth: auth.optional(),
  data: data.optional(),
  // A capacity search needs none (validateProfile asks for it otherwise).
  load: load.prefault({}),
  capacity: capacity.optional(),
  thresholds: z.record(z.string(), thresholdRow).default({}),
  resources: resources.optional(),
  endurance: endurance.optional(),
  regression: regression.default(() => regression.parse({})),
  scenarios: z
    .record(z.string().regex(/^[\w.-]+$/, 'scenario names are letters, digits, ".", "_" and "-"'), scenario)
    .refine((s) => Object.keys(s).length > 0, 'define at least one scenario'),
});

export type Profile = z.output<typeof profileSchema>;
export type LoadConfig = Profile['load'];
export type ThresholdTable = Profile['thresholds'];
export type EnduranceConfig = NonNullable<Profile['endurance']>;
export type RegressionConfig = Profile['regression'];
/** The regression rules of a profile that sets none (and of compare/report without a profile). */
export const DEFAULT_REGRESSION: RegressionConfig = regression.parse({});
export type CapacityConfig = NonNullable<Profile['capacity']>;
export type ScenarioConfig = Profile['scenarios'][string];
export type StepConfig = ScenarioConfig['flow'][number];
export type DistributionConfig = NonNullable<NonNullable<Profile['data']>['max_tokens']>;
