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
import { PALETTE } from '../../src/report/kinds.js';
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

  it('charts each kind of request on its own in the markdown, with a legend and theme-proof colours', () => {
    const markdown = timelineMermaid(results)!;
    const charts = [...markdown.matchAll(/```mermaid\n([\s\S]*?)```\n(.*)/g)];
    expect(charts.map((c) => /title "([^"]+)"/.exec(c[1]!)![1])).toEqual([
      'LLM responses: latency over time (ms)',
      'Other requests: latency over time (ms)',
    ]);
    expect(charts.map((c) => c[2])).toEqual(['🟦 TTFT p95 · 🟧 end-to-end p95', '🟦 latency p95 · 🟩 latency p50']);
    const lines = (chart: string) => [...chart.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => m[1]!.split(', ').map(Number));
    const [llm, plain] = charts.map((c) => lines(c[1]!));
    // The mock's streams take ≥ 40 ms TTFT; its conversation calls answer in a few ms: neither mixes in.
    expect(Math.min(...llm![0]!.slice(1))).toBeGreaterThan(30);
    expect(Math.max(...plain![0]!)).toBeLessThan(30);
    const palette = /"plotColorPalette":"([^"]+)"/.exec(charts[0]![1]!)![1]!.split(', ');
    expect(palette).toEqual([PALETTE.blue.hex, PALETTE.orange.hex]);
    expect(reportMarkdown(results)).toContain('```mermaid');
    const plainOnly = { ...results, metrics: { ...results.metrics, ttft: undefined } };
    expect(timelineMermaid(plainOnly)!.match(/```mermaid/g)).toHaveLength(1);
  });

  it('draws chart colours with at least 3:1 contrast on a light and on a dark page', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const { hex } of Object.values(PALETTE)) {
      expect(contrast(hex, '#ffffff'), hex).toBeGreaterThanOrEqual(3);
      expect(contrast(hex, '#0d1117'), hex).toBeGreaterThanOrEqual(3);
    }
    expect(htmlReport(results)).toContain('@media (prefers-color-scheme:dark)');
    expect(htmlReport(results)).toContain('LLM responses: latency over time');
    expect(htmlReport(results)).toContain('Other requests: latency over time');
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
