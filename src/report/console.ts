import { formatDuration } from '../core/duration.js';
import type { Progress } from '../metrics/progress.js';
import { redirectWarning, tokenDisagreement, type Results } from '../results/results.js';
import { saturationWarning } from '../metrics/generator.js';
import { formatMs, formatPercent, formatRate, table } from './format.js';
import { plainText } from './escape.js';

export interface ConsoleOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  quiet: boolean;
}

const CI_INTERVAL_MS = 5000;

/**
 * Progress while the load runs: on a terminal one live line redrawn every second; elsewhere (CI logs)
 * one plain line every 5 s, so logs stay readable.
 */
export function progressPrinter({ stream, quiet }: ConsoleOptions): ((p: Progress) => void) & { end(): void } {
  const tty = Boolean(stream.isTTY);
  let lastRequests = 0;
  let lastAt = 0;
  let lastPrinted = 0;
  let drew = false;
  const print = (p: Progress) => {
    if (quiet) return;
    if (!tty && p.elapsedMs - lastPrinted < CI_INTERVAL_MS - 500) return;
    const rate = ((p.requests - lastRequests) * 1000) / Math.max(1, p.elapsedMs - lastAt);
    lastRequests = p.requests;
    lastAt = p.elapsedMs;
    lastPrinted = p.elapsedMs;
    const errors = p.requests ? p.failures / p.requests : 0;
    const line =
      (p.label ? `${p.label} ` : '') +
      `[${formatDuration(Math.min(p.elapsedMs, p.totalMs)).padStart(5)}/${formatDuration(p.totalMs)}]` +
      ` vus ${p.vus}  req/s ${formatRate(rate).replace('/s', '')}  p95 ${formatMs(p.p95)}  errors ${formatPercent(errors)}` +
      (p.stopping ? '  (stopping)' : '');
    if (tty) {
      stream.write(`\r\x1b[2K${line}`);
      drew = true;
    } else stream.write(`${line}\n`);
  };
  return Object.assign(print, {
    end() {
      if (drew) stream.write('\r\x1b[2K');
    },
  });
}

function paint(tty: boolean, code: number, text: string): string {
  return tty ? `\x1b[${code}m${text}\x1b[0m` : text;
}

/** The compact summary every CLI run ends with. */
export function formatSummary(results: Results, tty = false): string {
  const { meta, totals, metrics } = results;
  const lines: string[] = [];
  const status = meta.interrupted ? paint(tty, 33, `interrupted by ${meta.interrupted}: partial results`) : 'finished';
  lines.push(`${paint(tty, 1, `llm-load · ${meta.name}`)} · ${meta.target} · ${formatDuration(meta.durationS * 1000)} · ${status}`);
  const failureText = `${totals.failures} failed (${formatPercent(totals.errorRate)})`;
  lines.push(
    table([['requests', `${totals.requests}`, `${formatRate(totals.rps)}`, totals.failures ? paint(tty, 31, failureText) : failureText]]),
  );
  const header = ['', 'reqs', 'fail', 'p50', 'p90', 'p95', 'p99', 'max'];
  const row = (label: string, g: { requests: number; failures: number; metrics: { latency: typeof metrics.latency } }) => [
    label,
    String(g.requests),
    String(g.failures),
    ...[g.metrics.latency.p50, g.metrics.latency.p90, g.metrics.latency.p95, g.metrics.latency.p99, g.metrics.latency.max].map(formatMs),
  ];
  const endpointRows = Object.entries(results.endpoints)
    .slice(0, 20)
    .map(([key, g]) => row(key, g));
  lines.push(table([header, row('latency (all)', { ...totals, metrics }), ...endpointRows]));
  const llm = llmRows(results);
  if (llm) lines.push(llm);
  const e = totals.embeddings;
  if (e)
    lines.push(
      `  embeddings ${e.replies} replies, ${e.vectors} vectors (batch of ${e.batchMean}), ${e.inputTokens} input tokens (${formatRate(e.inputTokensPerS).replace('/s', '')}/s)`,
    );
  if (totals.droppedIterations !== undefined) {
    const lag = metrics.send_lag;
    const dropped = `${totals.droppedIterations} dropped iterations (no free VU: raise load.max_vus)`;
    lines.push(
      `  pacing   send lag p50 ${formatMs(lag?.p50)} p99 ${formatMs(lag?.p99)}; ` +
        (totals.droppedIterations ? paint(tty, 33, dropped) : '0 dropped iterations'),
    );
  }
  if (results.capacity) lines.push(capacityLines(results, tty));
  const codes = Object.entries(results.statusCodes).map(([code, n]) => `${code}×${n}`);
  if (codes.length) lines.push(`  status   ${codes.join('  ')}`);
  for (const [kind, stats] of Object.entries(results.errors)) {
    lines.push(
      paint(tty, 31, `  error    ${kind} ×${stats!.count}`) + (stats!.examples[0] ? `  e.g. ${plainText(stats!.examples[0])}` : ''),
    );
  }
  const warning = saturationWarning(results.generator);
  if (warning) lines.push(paint(tty, 33, `  warning  ${warning}`));
  const redirects = redirectWarning(results);
  if (redirects) lines.push(paint(tty, 33, `  warning  ${plainText(redirects)}`));
  if (meta.shards) lines.push(`  merged   ${meta.shards.length} parts (shards or worker threads); start skew ${meta.startSkewS ?? 0}s`);
  else if (meta.shard) lines.push(`  shard    ${meta.shard.index}/${meta.shard.count} of the profile's load`);
  if (totals.interrupted) lines.push(`  ${totals.interrupted} request(s) cut off by the end of the run (not counted as failures)`);
  return lines.join('\n');
}

const LLM_METRICS = [
  ['ttft', 'time to first token'],
  ['ttfo', 'time to first output'],
  ['itl', 'inter-token latency'],
  ['tpot', 'time per output token'],
  ['e2e', 'stream end to end'],
] as const;

/** TTFT, ITL, TPOT, e2e and token throughput, when the run had LLM responses. */
function llmRows(results: Results): string | undefined {
  const { metrics, totals } = results;
  if (!metrics.ttft || totals.outputTokens === undefined) return undefined;
  const rows = [['LLM', 'count', 'p50', 'p90', 'p95', 'p99', 'max']];
  for (const [key, label] of LLM_METRICS) {
    const s = metrics[key];
    if (!s?.count) continue;
    rows.push([`${key} (${label})`, String(s.count), ...[s.p50, s.p90, s.p95, s.p99, s.max].map(formatMs)]);
  }
  const tokens = metrics.output_tokens;
  if (tokens?.count)
    rows.push([
      'output tokens / reply',
      String(tokens.count),
      ...[tokens.p50, tokens.p90, tokens.p95, tokens.p99, tokens.max].map((v) => String(v ?? '–')),
    ]);
  const source = totals.tokenSource
    ? ` (token counts: ${totals.tokenSource.usage} from usage, ${totals.tokenSource.events} by counting events${totals.toolCallReplies ? `; ${totals.toolCallReplies} tool-call replies` : ''})`
    : '';
  const disagreement = tokenDisagreement(results);
  return `${table(rows)}\n  tokens   ${totals.outputTokens} output, ${formatRate(totals.outputTokensPerS ?? 0).replace('/s', '')} tokens/s${source}${disagreement ? `\n  note     ${disagreement}` : ''}`;
}

/** The capacity search: the figure, the step that broke and why, and every step tried. */
function capacityLines(results: Results, tty: boolean): string {
  const c = results.capacity!;
  const unit = c.unit === 'rps' ? 'req/s' : 'VUs';
  const head =
    c.value === null
      ? paint(tty, 31, `  capacity  none: the first step (${c.steps[0]?.value} ${unit}) already broke the limits`)
      : paint(tty, 1, `  capacity  ${Number(c.value.toFixed(2))} ${unit}`);
  const broke = c.brokeAt
    ? `  breaking point ${Number(c.brokeAt.value.toFixed(2))} ${unit}: ${c.brokeAt.reasons.join('; ')}`
    : '  no step broke the limits up to the maximum';
  const steps = c.steps.map((st) => `${Number(st.value.toFixed(2))}${st.passed ? ' ✓' : ' ✗'}`).join('  ');
  return `${head}\n${broke}\n  steps    ${steps}`;
}
