import type { ChangeKind } from '../results/gate.js';

/** How the gate writes a change: "+9.8 %" relative, "+0.20 pp" of a ratio, "+1.50 ms" absolute. */

const signed = (x: number, digits: number, suffix: string) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}${suffix}`;

export function formatChange(x: number, kind: ChangeKind | undefined, unit: string): string {
  if (kind !== 'absolute') return signed(x * 100, 1, ' %');
  if (unit === 'ratio') return signed(x * 100, 2, ' pp');
  return signed(x, 2, unit === 'ms' ? ' ms' : '');
}

/** A change with its interval: "+9.8 % (95 % CI +7.1 % … +12.4 %)". */
export function formatChangeWithInterval(
  delta: number,
  low: number | undefined,
  high: number | undefined,
  kind: ChangeKind,
  unit: string,
  confidence: number,
): string {
  const interval =
    low !== undefined && high !== undefined
      ? ` (${Math.round(confidence * 100)} % CI ${formatChange(low, kind, unit)} … ${formatChange(high, kind, unit)})`
      : '';
  return `${formatChange(delta, kind, unit)}${interval}`;
}

/** A tolerance, unsigned: "5.0 %", "0.10 pp". */
export function formatTolerance(limit: number, kind: ChangeKind | undefined, unit: string): string {
  return formatChange(Math.abs(limit), kind, unit).slice(1);
}
