import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { GeneratorMonitor } from '../../src/metrics/generator.js';
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

describe('GeneratorMonitor', () => {
  const blockFor = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };
  const turns = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('reads the run up to end(): work after the load (closing connections, results) is not lag', async () => {
    const ended = new GeneratorMonitor();
    const open = new GeneratorMonitor();
    await turns(50);
    ended.end();
    blockFor(300); // as closing ten thousand sockets at once does
    await turns(30);
    expect(ended.stop(null).eventLoopLagMaxMs).toBeLessThan(200);
    expect(open.stop(null).eventLoopLagMaxMs).toBeGreaterThanOrEqual(200);
  });
});
