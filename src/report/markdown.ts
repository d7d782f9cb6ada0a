import type { Gate } from '../gate/verdict.js';
import type { Results } from '../metrics/results.js';
import { formatDelta, formatValue, RESULT_ICON } from './units.js';

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** The gate table (Metric | Baseline | Current | Δ | Target | Critical | Result) and its notes, as markdown. */
export function gateMarkdown(results: Results, gate: Gate): string {
  const lines = [
    `### ${RESULT_ICON[gate.verdict]} llm-load · ${escape(results.meta.name)} · ${gate.verdict}${gate.failed ? ' (fails the run)' : ''}`,
    '',
    `${results.totals.requests} requests in ${results.meta.durationS.toFixed(1)} s · ${escape(gate.baseline)}`,
    '',
  ];
  if (gate.rows.length === 0) {
    lines.push('No thresholds in the profile and no baseline to compare with: nothing to gate.');
    return lines.join('\n');
  }
  lines.push('| Metric | Baseline | Current | Δ | Target | Critical | Result |', '| --- | ---: | ---: | ---: | --- | --- | --- |');
  for (const row of gate.rows) {
    lines.push(
      `| \`${escape(row.metric)}\` | ${formatValue(row.metric, row.unit, row.baseline)} | ${formatValue(row.metric, row.unit, row.current)} | ${formatDelta(row.delta)} | ${escape(row.target ?? '–')} | ${escape(row.critical ?? '–')} | ${RESULT_ICON[row.result]} ${row.result} |`,
    );
  }
  const notes = gate.rows.filter((row) => row.note);
  if (notes.length) {
    lines.push('');
    for (const row of notes) lines.push(`- \`${escape(row.metric)}\`: ${escape(row.note!)}`);
  }
  return lines.join('\n');
}

/** A plain-text version of the table for terminals. */
export function gateText(results: Results, gate: Gate): string {
  const header = ['metric', 'baseline', 'current', 'Δ', 'target', 'critical', 'result'];
  const rows = gate.rows.map((row) => [
    row.metric,
    formatValue(row.metric, row.unit, row.baseline),
    formatValue(row.metric, row.unit, row.current),
    formatDelta(row.delta),
    row.target ?? '–',
    row.critical ?? '–',
    row.result,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [`gate: ${gate.verdict}${gate.failed ? ' (fails the run)' : ''} · ${gate.baseline}`];
  if (rows.length) out.push(fmt(header), ...rows.map(fmt));
  for (const row of gate.rows.filter((r) => r.note)) out.push(`  ${row.metric}: ${row.note}`);
  return out.join('\n');
}
