import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { reportMarkdown } from '../../src/report/markdown.js';
import { formatSummary } from '../../src/report/console.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

describe('generator self-check', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
  });
  afterAll(() => server.close());

  const run = (vus: number, thinkTime: string) =>
    runProfile(
      validateProfile(
        {
          target: server.url,
          load: { vus, duration: '1500ms', think_time: thinkTime },
          scenarios: { a: { flow: [{ request: 'GET /' }] } },
        },
        'test',
      ),
    );

  it('says nothing when the generator had room to spare', async () => {
    const results = await run(1, '50ms');
    expect(results.generator!.saturated).toBe(false);
    expect(results.generator!.eventLoopUtilization).toBeLessThan(0.5);
    expect(reportMarkdown(results)).not.toContain('[!WARNING]');
  });

  it('says so plainly in results, console and comment when the generator is the bottleneck', async () => {
    const results = await run(200, '0');
    const g = results.generator!;
    expect(g.saturated).toBe(true);
    expect(g.reasons.join(' ')).toMatch(/event loop was busy \d+% of the time/);
    expect(formatSummary(results)).toContain('warning  The load generator was the bottleneck');
    expect(reportMarkdown(results)).toContain('> [!WARNING]\n> The load generator was the bottleneck');
  });
});
