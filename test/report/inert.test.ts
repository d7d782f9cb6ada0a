import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { evaluateGate } from '../../src/gate/verdict.js';
import type { Results } from '../../src/results/results.js';
import { formatSummary } from '../../src/report/console.js';
import { markdownCode } from '../../src/report/escape.js';
import { htmlReport } from '../../src/report/html.js';
import { gateJunit } from '../../src/report/junit.js';
import { reportMarkdown } from '../../src/report/markdown.js';
import { startServer, type TestServer } from '../helpers/server.js';

/** What a hostile server puts in its error body, hoping to reach the PR comment as markup. */
const HOSTILE =
  'nope\n\n## Approved by security\n[click](https://evil.example) ![x](https://evil.example/x.png) @octocat <img src=x onerror=alert(1)> `tick` | pipe \x1b[31mred\x07\x0b';

describe('text a server sent is inert in every report', () => {
  let server: TestServer;
  let results: Results;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(500, { 'x-request-id': 'id [link](https://evil.example) @octocat' });
      res.end(HOSTILE);
    });
    const profile = validateProfile(
      {
        target: server.url,
        load: { executor: 'constant-vus', vus: 1, duration: '300ms', think_time: '50ms' },
        scenarios: { a: { flow: [{ request: 'GET /x' }] } },
        thresholds: { error_rate: '<1%' },
      },
      'test',
    );
    results = await runProfile(profile, { seed: 1 });
    results.gate = evaluateGate({ results, thresholds: profile.thresholds, regression: profile.regression, failOn: 'critical' });
  });
  afterAll(() => server.close());

  it('keeps the example, all of it, in one code span on one line of the comment', () => {
    const example = results.errors.http_5xx!.examples[0]!;
    expect(example).toContain('Approved by security');
    const markdown = reportMarkdown(results);
    const line = markdown.split('\n').find((l) => l.startsWith('- `http_5xx`'))!;
    expect(line).toMatch(/^- `http_5xx` × \d+: `+ ?GET \/x → 500: .*Approved by security.* ?`+$/);
    expect(markdown.split('\n').some((l) => /^#+ (Approved|also injected)/.test(l))).toBe(false);
    // The gate's note quotes the example too, outside a code span: escaped there, mentions broken.
    const note = markdown.split('\n').find((l) => l.startsWith('- `requests`: every request failed'))!;
    expect(note).toContain('\\[click\\](https://evil.example)');
    expect(note).not.toMatch(/(?<!\\)\[click\]|@octocat|(?<!\\)<img/);
    expect(markdown).not.toMatch(/[\x00-\x08\x0b\x1b\x7f]/);
  });

  it('escapes it in HTML and JUnit, and strips terminal escapes on the console', () => {
    const html = htmlReport(results);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const junit = gateJunit(results, results.gate!);
    expect(junit).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    expect(formatSummary(results, false)).not.toMatch(/\x1b\[31m|\x07/);
  });

  it('fences code spans past any run of backticks inside', () => {
    expect(markdownCode('a ``b`` c')).toBe('```a ``b`` c```');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('one\ntwo|three')).toBe('`one two\\|three`');
  });
});
