/** Units for people: 0.85 ms, 50.9 ms, 1.23 s. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–';
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)}s`;
  if (ms >= 100) return `${ms.toFixed(0)}ms`;
  if (ms >= 10) return `${ms.toFixed(1)}ms`;
  return `${ms.toFixed(2)}ms`;
}

export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(ratio > 0 && ratio < 0.001 ? 3 : 2)}%`;
}

export function formatRate(perS: number): string {
  if (perS >= 10_000) return `${(perS / 1000).toFixed(1)}k/s`;
  return `${perS.toFixed(perS >= 100 ? 0 : 1)}/s`;
}

/** A terminal table: the first column left-aligned and the rest right-aligned, unless `align` says otherwise. */
export function table(rows: string[][], indent = '  ', align: 'numbers' | 'left' = 'numbers'): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, col) => (col === 0 || align === 'left' ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!)))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}
