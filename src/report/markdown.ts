import { markdownTable } from 'markdown-table';
import { formatDuration } from '../core/duration.js';
import type { Gate } from '../results/gate.js';
import { saturationWarning } from '../metrics/generator.js';
import { redirectWarning, tokenDisagreement, type Results } from '../results/results.js';
import { formatDelta, formatTolerance, formatValue, RESULT_ICON } from './units.js';
import { escapeMarkdown, markdownCode } from './escape.js';
import { table as textTable } from './format.js';
import { latencyByKind } from './kinds.js';

const escape = escapeMarkdown;

/** The gate table (Metric | Baseline | Current | Δ | Target | Critical | Result) and its notes, as markdown. */
export function gateMarkdown(results: Results, gate: Gate): string {
  const lines = [
    `### ${RESULT_ICON[gate.verdict]} llm-load · ${escape(results.meta.name)} · ${gate.verdict}${gate.failed ? ' (fails the run)' : ''}`,
    '',
    `${results.totals.requests} requests in ${formatDuration(results.meta.durationS * 1000)} · ${escape(gate.baseline)}`,
    '',
  ];
  if (gate.rows.length === 0) {
    lines.push('No thresholds in the profile and no baseline to compare with: nothing to gate.');
    return lines.join('\n');
  }
  const interval = gate.rows.some((row) => row.ciLow != null) ? ' (interval)' : '';
  lines.push(
    table(
      [
        ['Metric', 'Baseline', 'Current', `Δ${interval}`, 'Tolerance', 'Target', 'Critical', 'Result'],
        ...gate.rows.map((row) => [
          markdownCode(row.metric),
          formatValue(row.metric, row.unit, row.baseline),
          formatValue(row.metric, row.unit, row.current),
          formatDelta(row),
          formatTolerance(row),
          escape(row.target ?? '–'),
          escape(row.critical ?? '–'),
          `${RESULT_ICON[row.result]} ${row.result}`,
        ]),
      ],
      ['l', 'r', 'r', 'r', 'r', 'l', 'l', 'l'],
    ),
  );
  const notes = gate.rows.filter((row) => row.note);
  if (notes.length) {
    lines.push('');
    for (const row of notes) lines.push(`- ${markdownCode(row.metric)}: ${escape(row.note!)}`);
  }
  return lines.join('\n');
}

/** A plain-text version of the table for terminals. */
export function gateText(results: Results, gate: Gate): string {
  const header = ['metric', 'baseline', 'current', 'Δ (interval)', 'tolerance', 'target', 'critical', 'result'];
  const rows = gate.rows.map((row) => [
    row.metric,
    formatValue(row.metric, row.unit, row.baseline),
    formatValue(row.metric, row.unit, row.current),
    formatDelta(row),
    formatTolerance(row),
    row.target ?? '–',
    row.critical ?? '–',
    row.result,
  ]);
  const out = [`gate: ${gate.verdict}${gate.failed ? ' (fails the run)' : ''} · ${gate.baseline}`];
  if (rows.length) out.push(textTable([header, ...rows], '  ', 'left'));
  for (const row of gate.rows.filter((r) => r.note)) out.push(`  ${row.metric}: ${row.note}`);
  return out.join('\n');
}

/** A GitHub table; cells are already escaped for markdown. Delimiters unpadded: a comment has a size limit. */
const table = (rows: string[][], align: ('l' | 'r')[]) => markdownTable(rows, { align, alignDelimiters: false });

/** Most endpoint rows a comment shows; the rest are in the HTML report. */
const MAX_ENDPOINT_ROWS = 50;
const MAX_CHART_POINTS = 60;

/**
 * Mermaid xycharts of latency over time, one per kind of request (see latencyByKind), which GitHub
 * renders in comments and summaries. xychart draws no legend, so a line under each chart names the
 * lines by the colour squares of their palette; the colours read on light and dark themes.
 */
export function timelineMermaid(results: Results): string | undefined {
  const windows = results.timeline.windows;
  if (windows.length < 2) return undefined;
  const step = Math.ceil(windows.length / MAX_CHART_POINTS);
  const picked = windows.filter((_, i) => i % step === 0);
  const t0 = windows[0]!.t;
  // Carry the last value over windows without one, so a quiet second does not draw a drop to zero.
  const carry = (values: (number | null)[]) => {
    let last = values.find((v) => v !== null) ?? 0;
    return values.map((v) => (last = v ?? last)).map((v) => Number(v.toFixed(1)));
  };
  return latencyByKind(results)
    .map((chart) => {
      const lines = chart.lines.map((line) => ({ ...line, values: carry(picked.map(line.value)) }));
      const top = Math.max(...lines.flatMap((l) => l.values), 1);
      const palette = JSON.stringify({ themeVariables: { xyChart: { plotColorPalette: lines.map((l) => l.colour.hex).join(', ') } } });
      return [
        '```mermaid',
        `%%{init: ${palette}}%%`,
        'xychart-beta',
        `  title "${chart.title}: latency over time (ms)"`,
        `  x-axis "seconds" [${picked.map((w) => w.t - t0).join(', ')}]`,
        `  y-axis "ms" 0 --> ${Math.ceil(top * 1.1)}`,
        ...lines.map((l) => `  line [${l.values.join(', ')}]`),
        '```',
        lines.map((l) => `${l.colour.square} ${l.name}`).join(' · '),
      ].join('\n');
    })
    .join('\n\n');
}

/** The whole PR comment / job summary: verdict and gate table, key figures, per-endpoint details, links. */
/** Where a report shown on GitHub links to; `note` is a line of its own (e.g. that the artifact is missing). */
export interface ReportLinks {
  runUrl?: string;
  artifactName?: string;
  artifactUrl?: string;
  note?: string;
}

export function reportMarkdown(results: Results, links: ReportLinks = {}): string {
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
  const warning = saturationWarning(results.generator);
  if (warning) parts.push('', `> [!WARNING]\n> ${escape(warning)}`);
  const redirects = redirectWarning(results);
  if (redirects) parts.push('', `> [!WARNING]\n> ${escape(redirects)}`);
  const disagreement = tokenDisagreement(results);
  if (disagreement) parts.push('', `> [!NOTE]\n> ${escape(disagreement[0]!.toUpperCase() + disagreement.slice(1))}.`);
  parts.push('', table([['', ''], ...figures], ['l', 'l']));
  const chart = timelineMermaid(results);
  if (chart) parts.push('', chart);
  const endpoints = Object.entries(results.endpoints);
  if (endpoints.length) {
    // The busiest endpoints first; past the cap the rest are named by count only.
    endpoints.sort(([, a], [, b]) => b.requests - a.requests);
    const lines =
      endpoints.length > MAX_ENDPOINT_ROWS ? [`_${endpoints.length - MAX_ENDPOINT_ROWS} more endpoints in the HTML report._`, ''] : [];
    lines.push(
      table(
        [
          ['Endpoint', 'Requests', 'Failures', 'p50', 'p95', 'p99'],
          ...endpoints.slice(0, MAX_ENDPOINT_ROWS).map(([key, g]) => {
            const l = g.metrics.latency;
            return [
              markdownCode(key),
              String(g.requests),
              String(g.failures),
              ...[l.p50, l.p95, l.p99].map((v) => formatValue('latency', 'ms', v)),
            ];
          }),
        ],
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    parts.push('', `<details><summary>Per endpoint (${endpoints.length})</summary>`, '', ...lines, '', '</details>');
  }
  const errors = Object.entries(results.errors);
  if (errors.length) {
    parts.push('', '<details><summary>Errors</summary>', '');
    for (const [kind, stats] of errors)
      parts.push(`- ${markdownCode(kind)} × ${stats!.count}${stats!.examples[0] ? `: ${markdownCode(stats!.examples[0])}` : ''}`);
    parts.push('', '</details>');
  }
  const footer = linksLine(links);
  if (footer) parts.push('', footer);
  return parts.join('\n');
}

/** The links under a comment: the workflow run, the artifact (only when it is there), a note. */
export function linksLine(links: ReportLinks): string {
  const footer: string[] = [];
  if (links.runUrl) footer.push(`[workflow run](${links.runUrl})`);
  if (links.artifactName) {
    const name = `\`${links.artifactName}\``;
    footer.push(
      `HTML report and results.json in the ${links.artifactUrl ? `[${name} artifact](${links.artifactUrl})` : `${name} artifact`}`,
    );
  }
  if (links.note) footer.push(links.note);
  return footer.join(' · ');
}
