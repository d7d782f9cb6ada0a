import type { RegressionConfig } from '../config/schema.js';
import type { Reference } from './baseline.js';
import type { BlockStatistic } from './blocks.js';
import { formatChange } from '../thresholds/change.js';
import type { MetricKey } from '../thresholds/metrics.js';
import { judgeRegression, type RegressionOutcome } from './regression.js';
import { quantileOf, TAIL_QUANTILE } from './samples.js';

/** A row's regression as judged, with what the one-window rule needs to look again. */
export interface Judged {
  metric: string;
  unit: string;
  key: MetricKey;
  outcome: RegressionOutcome;
  blocks: BlockStatistic | undefined;
  history: Reference;
  tolerance: number;
}

const pct = (ratio: number) => formatChange(ratio, 'relative', '');
const clock = (epochS: number) => new Date(epochS * 1000).toISOString().slice(11, 19);

/**
 * A latency row that fails while its sibling statistics (same metric: p50, mean) do not, and whose
 * change is gone once one block of the run is left out, is one bad window, not a regression: it warns,
 * naming the window.
 */
export function lonelyOutlier(judged: Judged, all: readonly Judged[], regression: RegressionConfig): string | undefined {
  const { key, blocks } = judged;
  if (judged.unit !== 'ms' || !blocks) return undefined;
  // Siblings are the steady statistics of the same metric (p50, mean), which one bad window cannot move far.
  const steady = (k: MetricKey) => k.stat === 'mean' || (quantileOf(k.stat) ?? 1) < TAIL_QUANTILE;
  const siblings = all.filter((j) => j !== judged && steady(j.key) && j.key.name === key.name && j.key.selector?.key === key.selector?.key);
  if (siblings.length === 0 || siblings.some((j) => j.outcome.result === 'FAIL')) return undefined;
  const without = blocks.without();
  let worst = 0;
  for (let i = 1; i < without.length; i++) if (without[i]! < without[worst]!) worst = i;
  const rest = judgeRegression({
    current: without[worst]!,
    currentSe: undefined,
    blocks: 0,
    history: judged.history.points,
    tolerance: judged.tolerance,
    better: 'lower',
    floor: 0,
    scale: 'log',
    confidence: regression.confidence,
  });
  if (rest.delta >= judged.tolerance) return undefined;
  const span = blocks.spans[worst]!;
  return (
    `one window, not a regression: ${pct(judged.outcome.delta)} here while ${siblings.map((j) => j.metric).join(' and ')} ${siblings.length > 1 ? 'do' : 'does'} not fail; ` +
    `it comes from ${clock(span.from)}–${clock(span.to)} UTC (${key.stat} there ${blocks.values[worst]!.toFixed(1)} ms), and without that window the change is ${pct(rest.delta)}`
  );
}
