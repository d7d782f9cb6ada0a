import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { evaluateGate } from '../../src/gate/verdict.js';
import type { Results } from '../../src/results/results.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';
import { htmlReport } from '../../src/report/html.js';
import { reportMarkdown, timelineMermaid } from '../../src/report/markdown.js';

const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

describe('reports from results.json', () => {
  let mock: MockServer;
  let results: Results;
  let baseline: Results;

  beforeAll(async () => {
    mock = await startMockServer({ ttftMs: 40, itlMs: 3, outputTokens: 12, seed: 2 });
    const profile = validateProfile(
      {
        name: 'report-demo',
        target: mock.url,
        load: {
          executor: 'ramping-vus',
          stages: [
            { duration: '1s', target: 4 },
            { duration: '2s', target: 4 },
          ],
        },
        scenarios: {
          chat: {
            flow: [
              {
                request: 'POST /v1/chat/completions',
                json: { messages: [{ role: 'user', content: 'hi' }], stream: true },
                llm: 'openai-sse',
              },
            ],
          },
          app: {
            flow: [
              { request: 'POST /conversations', json: {}, capture: { id: '$.id' } },
              { request: 'GET /conversations/{{id}}/messages' },
              { request: 'GET /nope' },
            ],
          },
        },
        thresholds: { 'ttft.p95': { target: '<30ms', critical: '<500ms' }, error_rate: { critical: '<50%' } },
      },
      'test',
    );
    baseline = await runProfile(profile, { seed: 1 });
    results = await runProfile(profile, { seed: 2 });
    results.gate = evaluateGate({ results, thresholds: profile.thresholds, regression: profile.regression, failOn: 'critical' });
  }, 30_000);
  afterAll(() => mock.close());

  it('is one self-contained file: inline CSS and SVG, no scripts, links or external fetches', () => {
    const html = htmlReport(results, baseline);
    expect(html).toContain('<svg class="chart"');
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
    expect(html).toContain('ttft.p95');
    expect(html).toContain('(baseline)');
    expect(html).toContain('http_4xx');
  });

  it.skipIf(!CHROMIUM)(
    'renders in headless Chromium with charts and tables visible, no console errors, no network requests',
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      try {
        await mkdir(OUTPUT, { recursive: true });
        const file = join(OUTPUT, 'report.html');
        await writeFile(file, htmlReport(results, baseline));
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        const problems: string[] = [];
        const requests: string[] = [];
        page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(e.message));
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(`file://${file}`);
        const charts = page.locator('svg.chart');
        expect(await charts.count()).toBeGreaterThanOrEqual(6);
        for (let i = 0; i < (await charts.count()); i++) expect(await charts.nth(i).isVisible()).toBe(true);
        expect(await page.locator('svg.chart path[stroke-dasharray]').count()).toBeGreaterThan(0); // baseline overlays
        for (const heading of ['Gate', 'Charts', 'LLM metrics', 'Endpoints', 'Scenarios', 'Status codes', 'Errors', 'Run']) {
          await expect(page.locator('h2', { hasText: heading }).isVisible()).resolves.toBe(true);
        }
        expect(await page.locator('table').count()).toBeGreaterThanOrEqual(7);
        expect(await page.locator('td', { hasText: 'POST /v1/chat/completions' }).first().isVisible()).toBe(true);
        await page.screenshot({ path: join(OUTPUT, 'report.png'), fullPage: true });
        expect(problems).toEqual([]);
        expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );

  it('shows a mermaid chart of p95 latency and TTFT in the markdown', () => {
    const chart = timelineMermaid(results)!;
    expect(chart).toContain('xychart-beta');
    expect(chart.match(/^ {2}line \[/gm)).toHaveLength(2);
    expect(reportMarkdown(results)).toContain('```mermaid');
  });

  it('keeps a 40-endpoint (and a 2,000-endpoint) comment under 65,536 characters with the gate table', () => {
    const many = (n: number): Results => {
      const endpoint = Object.values(results.endpoints)[0]!;
      return {
        ...results,
        endpoints: Object.fromEntries(
          Array.from({ length: n }, (_, i) => [`GET /api/v1/some/rather/long/resource/path/${i}/{{id}}/messages`, endpoint]),
        ),
      };
    };
    for (const n of [40, 2000]) {
      const markdown = reportMarkdown(many(n), { runUrl: 'https://github.com/o/r/actions/runs/1', artifactName: 'llm-load-results' });
      expect(markdown.length).toBeLessThan(65_536);
      expect(markdown).toContain('| Metric | Baseline | Current | Δ | Tolerance | Target | Critical | Result |');
    }
    expect(reportMarkdown(many(2000))).toContain('1950 more endpoints in the HTML report');
  });
});
