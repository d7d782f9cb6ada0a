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

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The whole PR comment / job summary: verdict and gate table, key figures, per-endpoint details, links. */
export function reportMarkdown(results: Results, links: { runUrl?: string; artifactName?: string } = {}): string {
  const { totals, metrics } = results;
  const parts: string[] = [];
  parts.push(results.gate ? gateMarkdown(results, results.gate) : `### llm-load · ${escape(results.meta.name)}`);
  const figures = [
    ['requests', `${totals.requests} (${totals.rps.toFixed(1)} req/s)`],
    ['errors', `${totals.failures} (${(totals.errorRate * 100).toFixed(2)} %)`],
    [
      'latency p50 / p95 / p99',
      [metrics.latency.p50, metrics.latency.p95, metrics.latency.p99].map((v) => formatValue('latency', 'ms', v)).join(' / '),
    ],
  ];
  if (metrics.ttft?.count) {
    figures.push(['TTFT p50 / p95', [metrics.ttft.p50, metrics.ttft.p95].map((v) => formatValue('ttft', 'ms', v)).join(' / ')]);
    figures.push([
      'ITL p50 / TPOT p50',
      [metrics.itl?.p50 ?? null, metrics.tpot?.p50 ?? null].map((v) => formatValue('itl', 'ms', v)).join(' / '),
    ]);
    figures.push(['output tokens/s', `${totals.outputTokensPerS ?? 0}`]);
  }
  if (results.meta.interrupted) figures.push(['interrupted', `by ${results.meta.interrupted}: partial results`]);
  parts.push('', '| | |', '| --- | --- |', ...figures.map((f) => row(f)));
  const endpoints = Object.entries(results.endpoints);
  if (endpoints.length) {
    const lines = [row(['Endpoint', 'Requests', 'Failures', 'p50', 'p95', 'p99']), row(['---', '---:', '---:', '---:', '---:', '---:'])];
    for (const [key, g] of endpoints) {
      const l = g.metrics.latency;
      lines.push(
        row([
          `\`${escape(key)}\``,
          String(g.requests),
          String(g.failures),
          ...[l.p50, l.p95, l.p99].map((v) => formatValue('latency', 'ms', v)),
        ]),
      );
    }
    parts.push('', `<details><summary>Per endpoint (${endpoints.length})</summary>`, '', ...lines, '', '</details>');
  }
  const errors = Object.entries(results.errors);
  if (errors.length) {
    parts.push('', '<details><summary>Errors</summary>', '');
    for (const [kind, stats] of errors)
      parts.push(`- \`${kind}\` × ${stats!.count}${stats!.examples[0] ? `: ${escape(stats!.examples[0])}` : ''}`);
    parts.push('', '</details>');
  }
  const footer: string[] = [];
  if (links.runUrl) footer.push(`[workflow run](${links.runUrl})`);
  if (links.artifactName) footer.push(`report and results.json in the \`${links.artifactName}\` artifact`);
  if (footer.length) parts.push('', footer.join(' · '));
  return parts.join('\n');
}
