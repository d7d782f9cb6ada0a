import { saturationWarning } from '../metrics/generator.js';
import { decodeHistogram } from '../metrics/histogram.js';
import type { Summary } from '../metrics/histogram.js';
import { redirectWarning, type Results } from '../results/results.js';
import { formatDuration } from '../core/duration.js';
import { formatMs } from './format.js';
import { lineChart, type Series } from './svg.js';
import { formatDelta, formatTolerance, formatValue } from './units.js';
import { escapeHtml } from './escape.js';
import { latencyByKind, PALETTE } from './kinds.js';

const esc = escapeHtml;

const COLORS = {
  main: PALETTE.blue.hex,
  second: PALETTE.orange.hex,
  third: PALETTE.green.hex,
  base: PALETTE.grey.hex,
  bad: PALETTE.red.hex,
};

/** Percentiles shown on the distribution curve, as far as the sample count supports them. */
const CURVE = [0, 10, 25, 50, 75, 90, 95, 97.5, 99, 99.5, 99.9, 99.95, 99.99, 99.999];
/** 90 → 1, 99 → 2, 99.9 → 3: the usual log scale of latency percentiles. */
const nines = (p: number) => -Math.log10(1 - Math.min(p, 99.9999) / 100);

function percentileCurve(summary: Summary | undefined): [number, number][] {
  if (!summary?.count || !summary.hdr) return [];
  const histogram = decodeHistogram(summary.hdr);
  return CURVE.filter((p) => p === 0 || 1 / (1 - p / 100) <= summary.count * 1.0001).map(
    (p) => [nines(p), histogram.getValueAtPercentile(p) / 1000] as [number, number],
  );
}

function timelineSeries(results: Results, pick: (w: Results['timeline']['windows'][number]) => number | null): [number, number][] {
  const windows = results.timeline.windows;
  const t0 = windows[0]?.t ?? 0;
  return windows.flatMap((w) => {
    const v = pick(w);
    return v === null ? [] : [[w.t - t0, v] as [number, number]];
  });
}

/** A table whose `numeric` columns are right-aligned (all but the first, by default). */
function table(head: string[], rows: string[][], numeric: (i: number) => boolean = (i) => i > 0): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const ms = (v: number | null | undefined) => esc(formatMs(v ?? null));

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#111827;background:#f9fafb}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}
.verdict{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;margin-left:8px}
.PASS{background:#dcfce7;color:#166534}.WARN{background:#fef9c3;color:#854d0e}.FAIL{background:#fee2e2;color:#991b1b}.INSUFFICIENT{background:#e5e7eb;color:#374151}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px;margin:16px 0}
.figure{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:10px 12px}.figure b{display:block;font-size:20px}
.figure span{color:#6b7280;font-size:12px}
table{border-collapse:collapse;background:#fff;width:100%;margin:6px 0}th,td{border:1px solid #e5e7eb;padding:5px 8px;text-align:left}
th{background:#f3f4f6}td.num{text-align:right;font-variant-numeric:tabular-nums}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:12px}
.chart{background:#fff;border:1px solid #e5e7eb;border-radius:8px;max-width:100%;height:auto}
.chart .title{font-weight:600;font-size:13px}.chart .tick{font-size:10px;fill:#6b7280}.chart .axis{font-size:11px;fill:#374151}
.chart .legend{font-size:11px}.chart .grid{stroke:#f3f4f6}.chart .empty{fill:#9ca3af}
.meta{color:#6b7280;font-size:12px}.warning{background:#fef9c3;border:1px solid #fde047;border-radius:8px;padding:8px 12px}code{background:#f3f4f6;padding:0 3px;border-radius:3px}
:root{color-scheme:light dark}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}.figure,table,.chart{background:#161b22;border-color:#30363d}
th{background:#21262d}th,td{border-color:#30363d}.figure span,.meta{color:#9da7b3}.chart .tick{fill:#9da7b3}
.chart .title,.chart .axis,.chart .legend{fill:#e6edf3}.chart .grid{stroke:#21262d}.chart .empty{fill:#9da7b3}code{background:#21262d}
.warning{background:#3b2f00;border-color:#9e6a03}}
`;

/** The headline figures: requests, rates, errors, latency, and the LLM and capacity figures a run has. */
function keyFigures(results: Results): [string, string][] {
  const { totals, metrics } = results;
  const figures: [string, string][] = [
    ['requests', `${totals.requests}`],
    ['req/s', totals.rps.toFixed(1)],
    ['error rate', `${(totals.errorRate * 100).toFixed(2)} %`],
    ['latency p95', formatMs(metrics.latency.p95)],
  ];
  if (metrics.ttft?.count)
    figures.push(
      ['TTFT p95', formatMs(metrics.ttft.p95)],
      ['ITL p50', formatMs(metrics.itl?.p50 ?? null)],
      ['tokens/s', `${totals.outputTokensPerS ?? 0}`],
    );
  if (results.capacity?.value != null) figures.push(['capacity', `${Number(results.capacity.value.toFixed(2))} ${results.capacity.unit}`]);

  return figures;
}

/** A current series, with the baseline's drawn dashed beside it when there is one. */
function overlay(name: string, current: [number, number][], base: [number, number][] | undefined, color: string): Series[] {
  return [
    { name, points: current, color },
    ...(base?.length ? [{ name: `${name} (baseline)`, points: base, color: COLORS.base, dashed: true }] : []),
  ];
}

/** Throughput, latency over time and as a distribution, errors; for LLM runs TTFT and tokens/s. */
function timelineCharts(results: Results, baseline: Results | undefined): string[] {
  const { metrics } = results;
  const rate = (r: Results) => timelineSeries(r, (w) => w.requests / w.s);
  const charts: string[] = [
    lineChart(
      [
        ...overlay('req/s', rate(results), baseline && rate(baseline), COLORS.main),
        { name: 'VUs', points: timelineSeries(results, (w) => w.vus), color: COLORS.third },
      ],
      {
        title: 'Throughput and virtual users',
        yUnit: 'req/s · VUs',
        xLabel: 'seconds',
      },
    ),
    ...latencyCharts(results, baseline),
    lineChart(overlay('latency', percentileCurve(metrics.latency), baseline && percentileCurve(baseline.metrics.latency), COLORS.main), {
      title: 'Latency distribution (percentile, log scale)',
      yUnit: 'ms',
      xLabel: 'percentile',
      xTicks: [0, 90, 99, 99.9, 99.99].map((p) => ({ value: nines(p), label: `p${p}` })),
    }),
    lineChart([{ name: 'failures/s', points: timelineSeries(results, (w) => w.failures / w.s), color: COLORS.bad }], {
      title: 'Errors over time',
      yUnit: 'failures/s',
      xLabel: 'seconds',
    }),
  ];
  if (metrics.ttft) charts.push(...llmCharts(results, baseline));
  return charts;
}

/**
 * Latency over time, one chart per kind of request (LLM responses, other requests), each beside the
 * baseline's first line.
 */
function latencyCharts(results: Results, baseline: Results | undefined): string[] {
  const baseKinds = baseline ? latencyByKind(baseline) : [];
  return latencyByKind(results).map((chart) => {
    const [first, ...rest] = chart.lines;
    const baseFirst = baseKinds.find((k) => k.kind === chart.kind)?.lines[0];
    return lineChart(
      [
        ...overlay(
          first!.name,
          timelineSeries(results, first!.value),
          baseline && baseFirst && timelineSeries(baseline, baseFirst.value),
          first!.colour.hex,
        ),
        ...rest.map((line) => ({ name: line.name, points: timelineSeries(results, line.value), color: line.colour.hex })),
      ],
      { title: `${chart.title}: latency over time`, yUnit: 'ms', xLabel: 'seconds' },
    );
  });
}

/** Output tokens per second over time, beside the baseline's. */
function llmCharts(results: Results, baseline: Results | undefined): string[] {
  return [
    lineChart(
      overlay(
        'tokens/s',
        timelineSeries(results, (w) => w.tokens / w.s),
        baseline && timelineSeries(baseline, (w) => w.tokens / w.s),
        COLORS.third,
      ),
      {
        title: 'Output tokens per second',
        yUnit: 'tokens/s',
        xLabel: 'seconds',
      },
    ),
  ];
}

/** Endurance: each judged series with its fitted Theil–Sen line, else every sampled service's memory. */
function trendCharts(results: Results): string[] {
  const gate = results.gate;
  const charts: string[] = [];
  for (const trend of gate?.trends ?? []) {
    if (trend.points.length === 0) continue;
    const t0 = trend.points[0]![0];
    const unit = trend.unit === 'MB/h' ? 'MB' : trend.metric.includes('error') ? 'ratio' : 'ms';
    charts.push(
      lineChart(
        [
          {
            name: 'per window',
            points: trend.points.map(([t, v]) => [t - t0, v]),
            color: trend.result === 'FAIL' ? COLORS.bad : COLORS.main,
          },
          {
            name: `fit ${trend.slope >= 0 ? '+' : ''}${trend.slope.toFixed(2)} ${trend.unit}`,
            points: trend.line.map(([t, v]) => [t - t0, v]),
            color: COLORS.base,
            dashed: true,
          },
        ],
        { title: `Trend: ${trend.metric} (${trend.result})`, yUnit: unit, xLabel: 'seconds after warm-up' },
      ),
    );
  }
  const services = Object.entries(results.resources?.services ?? {});
  if (services.length && !gate?.trends?.some((t) => t.unit === 'MB/h')) {
    const t0 = Math.min(...services.map(([, s]) => s.points[0]?.t ?? Infinity));
    charts.push(
      lineChart(
        services.map(([name, s], i) => ({
          name,
          points: s.points.map((p) => [p.t - t0, p.memoryMB] as [number, number]),
          color: [COLORS.main, COLORS.second, COLORS.third][i % 3]!,
        })),
        { title: 'Service memory', yUnit: 'MB', xLabel: 'seconds' },
      ),
    );
  }

  return charts;
}

function gateSection(results: Results): string {
  const gate = results.gate;
  if (!gate?.rows.length) return '<p>No thresholds and no baseline: nothing was gated.</p>';
  return table(
    ['Metric', 'Baseline', 'Current', 'Δ (interval)', 'Tolerance', 'Target', 'Critical', 'Result', 'Note'],
    gate.rows.map((r) => [
      `<code>${esc(r.metric)}</code>`,
      esc(formatValue(r.metric, r.unit, r.baseline)),
      esc(formatValue(r.metric, r.unit, r.current)),
      esc(formatDelta(r)),
      esc(formatTolerance(r)),
      esc(r.target ?? '–'),
      esc(r.critical ?? '–'),
      `<span class="verdict ${r.result}">${r.result}</span>`,
      esc(r.note ?? ''),
    ]),
    (i) => i >= 1 && i <= 4,
  );
}

const GROUP_HEAD = ['Name', 'Requests', 'Failures', 'req/s', 'p50', 'p95', 'p99', 'TTFT p95'];

function groupRows(groups: Record<string, { requests: number; failures: number; rps: number; metrics: Results['metrics'] }>): string[][] {
  return Object.entries(groups).map(([key, g]) => [
    `<code>${esc(key)}</code>`,
    String(g.requests),
    String(g.failures),
    g.rps.toFixed(1),
    ms(g.metrics.latency.p50),
    ms(g.metrics.latency.p95),
    ms(g.metrics.latency.p99),
    ms(g.metrics.ttft?.p95),
  ]);
}

function llmSection(results: Results): string {
  const { metrics } = results;
  const llmRows = (['ttft', 'ttfo', 'itl', 'tpot', 'e2e', 'output_tokens'] as const)
    .filter((k) => metrics[k]?.count)
    .map((k) => {
      const s = metrics[k]!;
      const show = (v: number | null) => (k === 'output_tokens' ? String(v ?? '–') : ms(v));
      return [`<code>${k}</code>`, String(s.count), show(s.p50), show(s.p90), show(s.p95), show(s.p99), show(s.max)];
    });

  return llmRows.length ? `<h2>LLM metrics</h2>${table(['Metric', 'Count', 'p50', 'p90', 'p95', 'p99', 'max'], llmRows)}` : '';
}

function resourcesSection(results: Results): string {
  const services = Object.entries(results.resources?.services ?? {});
  return services.length
    ? `<h2>Resources</h2><p class="meta">${esc(results.resources!.source)}</p>${table(
        ['Service', 'Peak memory', 'Last memory', 'Last CPU'],
        services.map(([name, s]) => [
          `<code>${esc(name)}</code>`,
          `${s.peakMemoryMB.toFixed(1)} MB`,
          `${(s.points.at(-1)?.memoryMB ?? 0).toFixed(1)} MB`,
          s.points.at(-1)?.cpuPercent == null ? '–' : `${s.points.at(-1)!.cpuPercent!.toFixed(1)} %`,
        ]),
      )}`
    : '';
}

function errorsSection(results: Results): string {
  const errors = Object.entries(results.errors).map(([kind, e]) => [
    `<code>${esc(kind)}</code>`,
    String(e!.count),
    e!.examples.map((x) => esc(x)).join('<br>'),
  ]);
  return errors.length ? table(['Kind', 'Count', 'Examples'], errors, (i) => i === 1) : '<p>No errors.</p>';
}

/** Where and how the run ran: profile, commit, runner, seed, the load generator's own health. */
function runTable(results: Results): string {
  const { meta } = results;
  return table(
    ['', ''],
    [
      ['profile', esc(meta.profile ?? '(command line)')],
      ['commit', esc(meta.commit ?? '–')],
      [
        'runner',
        esc(
          meta.runner
            ? `${meta.runner.os} ${meta.runner.arch}, ${meta.runner.cpus} CPUs, Node ${meta.tool.node}`
            : `Node ${meta.tool.node}`,
        ),
      ],
      ['started', esc(meta.startedAt)],
      ['duration', formatDuration(meta.durationS * 1000)],
      ['seed', String(meta.seed)],
      [
        'load generator',
        results.generator
          ? esc(
              `${results.generator.threads} thread(s); event loop busy ${(results.generator.eventLoopUtilization * 100).toFixed(0)}%, lag p99 ${results.generator.eventLoopLagP99Ms} ms; CPU ${results.generator.cpuPercent}% of a core${results.generator.saturated ? ' — saturated' : ''}`,
            )
          : '–',
      ],
      ['llm-load', esc(meta.tool.version)],
    ],
    () => false,
  );
}

/**
 * One self-contained HTML report from results.json: headline and key figures, the gate table, timelines,
 * the latency distribution, per-endpoint and per-scenario tables, status codes, errors and run metadata.
 * With a baseline results file, its series are drawn dashed beside the current ones.
 */
export function htmlReport(results: Results, baseline?: Results): string {
  const { meta, gate } = results;
  const verdict = gate?.verdict;
  const warning = saturationWarning(results.generator);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>llm-load · ${esc(meta.name)}</title><style>${STYLE}</style></head>
<body><main>
<h1>llm-load · ${esc(meta.name)}${verdict ? `<span class="verdict ${verdict}">${verdict}</span>` : ''}</h1>
<div class="meta">${esc(meta.target)} · ${esc(meta.startedAt)} · ${formatDuration(meta.durationS * 1000)} · ${esc(meta.executor)}${meta.interrupted ? ` · interrupted by ${esc(meta.interrupted)}` : ''}</div>
${[warning, redirectWarning(results)]
  .filter(Boolean)
  .map((w) => `<p class="warning">${esc(w!)}</p>`)
  .join('')}
<section class="figures">${keyFigures(results)
    .map(([label, value]) => `<div class="figure"><b>${esc(value)}</b><span>${esc(label)}</span></div>`)
    .join('')}</section>
<h2>Gate</h2>${gate ? `<p class="meta">${esc(gate.baseline)}</p>` : ''}${gateSection(results)}
<h2>Charts</h2><section class="charts">${[...timelineCharts(results, baseline), ...trendCharts(results)].join('\n')}</section>
${llmSection(results)}
<h2>Endpoints</h2>${table(GROUP_HEAD, groupRows(results.endpoints))}
<h2>Scenarios</h2>${table(GROUP_HEAD, groupRows(results.scenarios))}
${resourcesSection(results)}
<h2>Status codes</h2>${table(
    ['Status', 'Count'],
    Object.entries(results.statusCodes).map(([c, n]) => [esc(c), String(n)]),
  )}
<h2>Errors</h2>${errorsSection(results)}
<h2>Run</h2>${runTable(results)}
</main></body></html>
`;
}
