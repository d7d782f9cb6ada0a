import { markdownTable } from 'markdown-table';
import type { AbResults } from '../results/ab.js';
import { RESULT_ICON, formatDelta, formatTolerance, formatValue } from './units.js';
import { escapeMarkdown, markdownCode } from './escape.js';
import { table } from './format.js';
import { gateMarkdown, gateText, linksLine, type ReportLinks } from './markdown.js';

const HOW = {
  concurrent: 'both sides up at once, rounds alternating',
  turns: "the sides taking turns (one side's stack down before the other's is up)",
};

/** What was compared, how, and why it stopped: the line above the table. */
const summaryLine = (ab: AbResults) =>
  `A/B on this runner: ${ab.comparison.rounds} round pairs (${ab.comparison.order}), ${HOW[ab.comparison.mode]}; ${ab.comparison.note}`;

/** The A/B table for a terminal, then the head side's table gate when the profile has one. */
export function abText(ab: AbResults): string {
  const { comparison } = ab;
  const rows = comparison.rows.map((row) => [
    row.metric,
    formatValue(row.metric, row.unit, row.baseline),
    formatValue(row.metric, row.unit, row.current),
    formatDelta(row),
    formatTolerance(row),
    row.result,
  ]);
  const out = [`ab: ${comparison.verdict}${comparison.failed ? ' (fails the run)' : ''} · ${summaryLine(ab)}`];
  if (rows.length) out.push(table([['metric', 'base', 'head', 'Δ (interval)', 'tolerance', 'result'], ...rows], '  ', 'left'));
  for (const row of comparison.rows.filter((r) => r.note)) out.push(`  ${row.metric}: ${row.note}`);
  if (ab.head.gate?.rows.length) out.push(gateText(ab.head, ab.head.gate));
  return out.join('\n');
}

/** The A/B table for the PR comment and job summary, with the links under it. */
export function abMarkdown(ab: AbResults, links: ReportLinks = {}): string {
  const { comparison } = ab;
  const lines = [
    `### ${RESULT_ICON[comparison.verdict]} llm-load A/B · ${escapeMarkdown(ab.head.meta.name)} · ${comparison.verdict}${comparison.failed ? ' (fails the run)' : ''}`,
    '',
    escapeMarkdown(summaryLine(ab)),
    '',
    markdownTable(
      [
        ['Metric', 'Base', 'Head', 'Δ (interval)', 'Tolerance', 'Result'],
        ...comparison.rows.map((row) => [
          markdownCode(row.metric),
          formatValue(row.metric, row.unit, row.baseline),
          formatValue(row.metric, row.unit, row.current),
          formatDelta(row),
          formatTolerance(row),
          `${RESULT_ICON[row.result]} ${row.result}`,
        ]),
      ],
      { align: ['l', 'r', 'r', 'r', 'r', 'l'], alignDelimiters: false },
    ),
  ];
  const notes = comparison.rows.filter((row) => row.note);
  if (notes.length) lines.push('', ...notes.map((row) => `- ${markdownCode(row.metric)}: ${escapeMarkdown(row.note!)}`));
  if (ab.head.gate?.rows.length) lines.push('', gateMarkdown(ab.head, ab.head.gate));
  const footer = linksLine(links);
  if (footer) lines.push('', footer);
  return lines.join('\n');
}
