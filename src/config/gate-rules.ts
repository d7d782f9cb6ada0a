import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import type { GateRules } from '../results/gate.js';
import type { EnduranceConfig, RegressionConfig, ThresholdTable } from './schema.js';

/** The gate's rules as a profile gives them after parsing. */
export interface JudgingRules {
  thresholds: ThresholdTable;
  regression: RegressionConfig;
  endurance?: EnduranceConfig;
}

// The parsed form (numbers, not "5%" or "30s"), so no transform runs twice.
const drift = z.object({ perHour: z.number().finite(), source: z.string() });
const storedRules = z.object({
  thresholds: z.record(z.string(), z.object({ target: z.string().optional(), critical: z.array(z.string()) })),
  regression: z.object({
    default: z.number().nonnegative(),
    ab_default: z.number().nonnegative(),
    metrics: z.record(z.string(), z.number().nonnegative()),
    history: z.number().int().positive(),
    confidence: z.number().gt(0.5).lt(1),
    severity: z.enum(['fail', 'warn']),
  }),
  endurance: z
    .object({
      window: z.number().positive(),
      warmup: z.number().nonnegative().optional(),
      max_latency_drift: drift.optional(),
      max_ttft_drift: drift.optional(),
      max_error_rate_growth: drift.optional(),
      max_memory_growth: drift.optional(),
    })
    .optional(),
}) satisfies z.ZodType<JudgingRules>;

/** The rules a results file was gated with, checked; undefined when it carries none. */
export function storedGateRules(rules: GateRules | undefined, file: string): JudgingRules | undefined {
  if (rules === undefined) return undefined;
  const parsed = storedRules.safeParse(rules);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(
      `${file}: gate.rules.${issue.path.join('.')}: ${issue.message}`,
      'the file was edited or written by another tool: pass --profile to judge it by a profile instead',
    );
  }
  return parsed.data;
}
