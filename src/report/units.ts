import type { GateRow, Verdict } from '../results/gate.js';
import { formatChange, formatTolerance as formatToleranceOf } from '../thresholds/change.js';
import { formatMs, formatPercent } from './format.js';

/** A gate value for people: 1.23 s, 850 ms, 12.4k req/s, 0.05 %, 1,234 tok/s. */
export function formatValue(metric: string, unit: GateRow['unit'], value: number | null): string {
  if (value === null) return '–';
  if (unit === 'ms') return formatMs(value).replace(/(\d)(ms|s)$/, '$1 $2');
  if (unit === 'ratio') return formatPercent(value).replace('%', ' %');
  if (unit === '%/h' || unit === 'MB/h' || unit === 'pp/h')
    return `${value >= 0 ? '+' : ''}${Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2)} ${unit}`;
  const name = metric.replace(/\{.*$/, '');
  const suffix = name === 'rps' ? ' req/s' : name === 'output_tokens_per_s' ? ' tok/s' : name === 'output_tokens' ? ' tok' : '';
  const text =
    Math.abs(value) >= 10_000 ? `${(value / 1000).toFixed(1)}k` : Math.abs(value) >= 100 ? value.toFixed(0) : `${Number(value.toFixed(2))}`;
  return text + suffix;
}

/** Δ with its interval when there is one: "+9.8 % (+7.1 … +12.4)". */
export function formatDelta(row: Pick<GateRow, 'delta' | 'ciLow' | 'ciHigh' | 'unit' | 'deltaKind'>): string {
  if (row.delta === null) return '–';
  const delta = formatChange(row.delta, row.deltaKind, row.unit);
  if (row.ciLow == null || row.ciHigh == null) return delta;
  const bare = (x: number) => formatChange(x, row.deltaKind, row.unit).replace(/ (%|pp|ms)$/, '');
  return `${delta} (${bare(row.ciLow)} … ${bare(row.ciHigh)})`;
}

/** The regression tolerance of a row, or – when it has none. */
export function formatTolerance(row: Pick<GateRow, 'tolerance' | 'unit' | 'deltaKind'>): string {
  return row.tolerance === null ? '–' : `±${formatToleranceOf(row.tolerance, row.deltaKind, row.unit)}`;
}

export const RESULT_ICON: Record<Verdict, string> = { PASS: '✅', WARN: '⚠️', FAIL: '❌', INSUFFICIENT: '❔', UNGATED: '➖' };
