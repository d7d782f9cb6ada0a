import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { DEFAULT_REGRESSION } from '../../src/config/schema.js';
import { runProfile } from '../../src/engine/run.js';
import { ConfigError } from '../../src/core/errors.js';
import { BaselineError, readBaseline } from '../../src/gate/baseline.js';
import { evaluateGate } from '../../src/gate/verdict.js';
import { readResults } from '../../src/results/shape.js';
import type { Results } from '../../src/results/results.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';
import { htmlReport } from '../../src/report/html.js';
import { gateJunit } from '../../src/report/junit.js';
import { reportMarkdown } from '../../src/report/markdown.js';

/** Every path to a value of `data`, at most `limit` of them. */
function paths(data: unknown, limit = 400, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length >= limit || data === null || typeof data !== 'object') return out;
  for (const [key, value] of Object.entries(data)) {
    const path = [...prefix, Array.isArray(data) ? Number(key) : key];
    out.push(path);
    paths(value, limit, path, out);
  }
  return out;
}

function mutate(data: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete at[last];
  else at[last] = replacement;
  return copy;
}

describe('damaged results and baseline files', () => {
  let mock: MockServer;
  let dir: string;
  let good: Results;
  beforeAll(async () => {
    mock = await startMockServer({ ttftMs: 20, itlMs: 2, outputTokens: 6, seed: 1 });
    dir = await mkdtemp(join(tmpdir(), 'llm-load-results-fuzz-'));
    const profile = validateProfile(
      {
        target: mock.url,
        load: { executor: 'constant-vus', vus: 2, duration: '1500ms' },
        scenarios: { a: { flow: [{ request: 'POST /v1/chat/completions', json: { stream: true }, llm: 'openai-sse' }] } },
      },
      'test',
    );
    good = await runProfile(profile, { seed: 1 });
  });
  afterAll(async () => {
    await mock.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('are refused with the file and the place, or read and reported without a crash', async () => {
    const all = paths(good);
    const file = join(dir, 'results.json');
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: all.length - 1 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        fc.option(fc.nat(), { nil: undefined }),
        async (at, replacement, remove, cut) => {
          const text = JSON.stringify(mutate(good, all[at]!, replacement, remove));
          await writeFile(file, cut === undefined ? text : text.slice(0, cut % text.length));
          let results: Results;
          try {
            results = await readResults(file);
          } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            expect(error.message.startsWith(`${file}: `)).toBe(true);
            refused++;
            return;
          }
          // What was accepted must gate and report, against itself as a baseline too.
          const baseline = await readBaseline(file).catch((error: unknown) => {
            if (!(error instanceof BaselineError)) throw error;
            return undefined;
          });
          const gate = evaluateGate({ results, thresholds: {}, regression: DEFAULT_REGRESSION, baseline, failOn: 'critical' });
          results.gate = gate;
          reportMarkdown(results);
          htmlReport(results);
          gateJunit(results, gate);
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
    expect(refused).toBeGreaterThan(50);
  }, 60_000);

  it('name the place: a number that is text, a list that is not', async () => {
    const file = join(dir, 'named.json');
    await writeFile(file, JSON.stringify(good));
    expect((await readResults(file)).totals.requests).toBe(good.totals.requests);
    await writeFile(file, JSON.stringify(mutate(good, ['totals', 'requests'], 'many', false)));
    await expect(readResults(file)).rejects.toThrow(/named\.json: damaged results file at totals\.requests: /);
    await writeFile(file, JSON.stringify(mutate(good, ['timeline', 'windows'], { not: 'a list' }, false)));
    await expect(readResults(file)).rejects.toThrow(/damaged results file at timeline\.windows: /);
    await writeFile(file, JSON.stringify({ schema: 'llm-load/baseline@1', name: 'x', history: [{ metrics: 'oops' }] }));
    await expect(readBaseline(file)).rejects.toThrow(/history\[0\] is not a run/);
  });
});
