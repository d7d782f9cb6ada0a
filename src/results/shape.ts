import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { ERROR_KINDS } from '../metrics/recorder.js';
import { RESULTS_SCHEMA, type Results } from './results.js';

/**
 * The shape of the parts of a results file that compare, report, merge and baseline update read. A
 * truncated, garbled or hostile file is refused naming the first place that is wrong, instead of failing
 * somewhere inside a report. Unknown fields pass: newer versions may add some.
 */
const count = z.number().finite().nonnegative();
const value = z.number().finite().nullable();
const summary = z.looseObject({
  count,
  min: value,
  max: value,
  mean: value,
  stddev: value,
  p50: value,
  p75: value,
  p90: value,
  p95: value,
  p99: value,
  p999: value,
  hdr: z.string(),
});
const metrics = z.looseObject({ latency: summary }).catchall(summary);
const group = z.looseObject({
  requests: count,
  failures: count,
  rps: count,
  statusCodes: z.record(z.string(), count),
  metrics,
});
const window = z.looseObject({
  t: z.number().finite(),
  s: z.number().finite().positive(),
  requests: count,
  failures: count,
  vus: count,
  tokens: count,
  p50: value,
  p95: value,
  ttftP95: value,
  hdr: z.string().optional(),
  ttftHdr: z.string().optional(),
  itlHdr: z.string().optional(),
  tpotHdr: z.string().optional(),
  e2eHdr: z.string().optional(),
  plainHdr: z.string().optional(),
});
const text = z.string();
const maybeText = z.string().nullable();
/** The gate as stored: a run from an untrusted branch (mode: comment) must not bring verdicts we would not write. */
const RESULT = z.enum(['PASS', 'WARN', 'FAIL', 'INSUFFICIENT']);
const gate = z.looseObject({
  verdict: z.enum(['PASS', 'WARN', 'FAIL', 'INSUFFICIENT', 'UNGATED']),
  failed: z.boolean(),
  failOn: z.enum(['critical', 'warn', 'never']),
  baseline: text,
  rows: z.array(
    z.looseObject({
      metric: text,
      baseline: value,
      current: value,
      delta: value,
      ciLow: value.optional(),
      ciHigh: value.optional(),
      deltaKind: z.enum(['relative', 'absolute']).optional(),
      target: maybeText,
      critical: maybeText,
      tolerance: value,
      result: RESULT,
      note: maybeText,
      unit: z.enum(['ms', 'ratio', 'number', 'tokens', '%/h', 'MB/h', 'pp/h']),
    }),
  ),
});
const generator = z.looseObject({
  eventLoopUtilization: count,
  eventLoopLagP99Ms: count,
  cpuPercent: count,
  threads: count,
  saturated: z.boolean(),
  reasons: z.array(text),
});
const resources = z.looseObject({
  source: text,
  services: z.record(text, z.looseObject({ peakMemoryMB: count, points: z.array(z.looseObject({ t: z.number().finite() })) })),
});
const resultsShape = z.looseObject({
  schema: z.literal(RESULTS_SCHEMA),
  meta: z.looseObject({
    name: z.string(),
    target: z.string(),
    startedAt: z.string(),
    endedAt: z.string(),
    durationS: count,
    executor: text,
    profile: maybeText,
    seed: z.number().finite(),
    interrupted: maybeText,
    tool: z.looseObject({ version: text, node: text }),
    commit: maybeText.optional(),
    runner: z.looseObject({ os: text, arch: text, cpus: count }).optional(),
  }),
  totals: z.looseObject({
    requests: count,
    successes: count,
    failures: count,
    successRate: count,
    errorRate: count,
    rps: count,
    outputTokensPerS: count.optional(),
  }),
  metrics,
  endpoints: z.record(z.string(), group),
  scenarios: z.record(z.string(), group),
  statusCodes: z.record(z.string(), count),
  errors: z.partialRecord(z.enum(ERROR_KINDS), z.looseObject({ count, examples: z.array(z.string()) })),
  gate: gate.optional(),
  generator: generator.optional(),
  resources: resources.optional(),
  tags: z.record(z.string(), group).optional(),
  timeline: z.looseObject({ windowS: z.number().finite().positive(), windows: z.array(window) }),
});

/** `where: what` of the first thing wrong, e.g. `totals.requests: expected number, received string`. */
function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_]\w*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(p)}]`))
    .join('');
  return `${path.replace(/^\./, '') || '(the top)'}: ${issue.message}`;
}

/** The data as results, or the first place where it is not (for the caller to name the file). */
export function checkResults(data: unknown): { results: Results } | { problem: string } {
  const parsed = resultsShape.safeParse(data);
  return parsed.success ? { results: data as Results } : { problem: firstProblem(parsed.error) };
}

/** Reads a results.json, with clear errors for a missing, corrupt or foreign file. */
export async function readResults(file: string): Promise<Results> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${file}: ${code ? `cannot read it (${code})` : 'not valid JSON'}`,
      'give the results.json that llm-load run wrote',
    );
  }
  const schema = (data as { schema?: unknown })?.schema;
  if (schema !== RESULTS_SCHEMA) {
    throw new ConfigError(
      `${file}: not an llm-load results file (schema ${JSON.stringify(schema)}, expected "${RESULTS_SCHEMA}")`,
      'give a results.json that llm-load run (or the action) wrote',
    );
  }
  const checked = checkResults(data);
  if ('problem' in checked)
    throw new ConfigError(`${file}: damaged results file at ${checked.problem}`, 'give the results.json that llm-load run wrote, whole');
  return checked.results;
}
