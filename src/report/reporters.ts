import type { Gate } from '../results/gate.js';
import type { Results } from '../results/results.js';
import { formatSummary } from './console.js';
import { htmlReport } from './html.js';
import { gateJunit } from './junit.js';
import { reportMarkdown, gateText, type ReportLinks } from './markdown.js';

export interface ReportInput {
  results: Results;
  /** A run to draw beside this one (the HTML report's dashed series). */
  baseline?: Results;
  links?: ReportLinks;
}

/** One output format of a results file: each reads results (and the verdict in them) and nothing else. */
export interface Reporter {
  readonly name: 'html' | 'markdown' | 'junit' | 'console';
  /** The file a run's reports are written to. */
  readonly file: string;
  render(input: ReportInput): string;
}

export const REPORTERS = {
  html: { name: 'html', file: 'report.html', render: ({ results, baseline }) => htmlReport(results, baseline) },
  markdown: { name: 'markdown', file: 'report.md', render: ({ results, links }) => `${reportMarkdown(results, links)}\n` },
  junit: {
    name: 'junit',
    file: 'junit.xml',
    render: ({ results }) => gateJunit(results, results.gate ?? NOT_GATED),
  },
  console: {
    name: 'console',
    file: 'summary.txt',
    render: ({ results }) => `${formatSummary(results)}\n${results.gate ? `${gateText(results, results.gate)}\n` : ''}`,
  },
} as const satisfies Record<Reporter['name'], Reporter>;

/** What a report of results that were never gated shows: no rows. */
const NOT_GATED: Gate = { verdict: 'UNGATED', failed: false, failOn: 'never', rows: [], baseline: 'not gated' };
