import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/mock/server.js';
import type { AbResults } from '../../src/results/ab.js';
import { CLI, runCli } from '../helpers/cli.js';
import { closedPort } from '../helpers/server.js';

const FLOW = [
  'load: {executor: constant-vus, vus: 2, duration: 30s}',
  'scenarios:',
  '  chat: {flow: [{request: POST /v1/chat/completions, json: {messages: [{role: user, content: hi}], stream: true}, llm: openai-sse}]}',
];

describe('llm-load ab: two versions on one machine, round by round (bundled CLI)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-ab-'));
    await writeFile(join(dir, 'urls.yml'), ['name: ab', 'target: http://unused.invalid', ...FLOW].join('\n'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const compare = async (baseTtft: number, headTtft: number, output: string) => {
    await using base = await startMockServer({ ttftMs: baseTtft, itlMs: 2, outputTokens: 8 });
    await using head = await startMockServer({ ttftMs: headTtft, itlMs: 2, outputTokens: 8 });
    const run = await runCli([
      'ab',
      join(dir, 'urls.yml'),
      '--base-url',
      base.url,
      '--head-url',
      head.url,
      '--rounds',
      '4',
      '--round-time',
      '1s',
      '--output',
      join(dir, output),
    ]);
    return { run, ab: JSON.parse(await readFile(join(dir, output), 'utf8')) as AbResults };
  };

  // Side by side: what one A/B does to the machine it does to both sides of the other, and the pairs cancel it.
  it.concurrent(
    'A/A: the same service on both sides passes, rounds in ABBA order under shared seeds',
    async () => {
      const { run, ab } = await compare(40, 40, 'aa.json');
      expect(run.code, run.stderr + run.stdout).toBe(0);
      // No false alarm; a rate row may stay inconclusive (WARN) on four 1 s rounds of two users.
      expect(ab.comparison.rows.filter((r) => r.result === 'FAIL')).toEqual([]);
      expect(ab.comparison.order).toBe('AB BA AB BA');
      expect(ab.comparison.rounds).toBe(4);
      const ttft = ab.comparison.rows.find((r) => r.metric === 'ttft.p50')!;
      expect(ttft.result).toBe('PASS');
      expect(Math.abs(ttft.delta!)).toBeLessThan(0.05);
      expect(ab.base.totals.requests).toBeGreaterThan(20);
      expect(ab.base.meta.durationS).toBeGreaterThan(3.5); // four 1 s rounds, merged one after another
      expect(run.stdout).toMatch(/ab: (PASS|WARN)/);
      // Each side is a normal results file too: compare takes one as a baseline for the other.
      const sides = ['aa.base.json', 'aa.head.json'].map((f) => join(dir, f));
      const compared = await runCli(['compare', sides[1]!, '--baseline', sides[0]!]);
      expect(compared.code, compared.stderr).toBe(0);
      expect(compared.stdout).toContain('ttft.p50');
    },
    60_000,
  );

  it.concurrent(
    '+25 % TTFT on the head side fails on ttft.p50 with its interval, exit 1',
    async () => {
      const { run, ab } = await compare(40, 50, 'slower.json');
      expect(run.code).toBe(1);
      const ttft = ab.comparison.rows.find((r) => r.metric === 'ttft.p50')!;
      expect(ttft.result).toBe('FAIL');
      expect(ttft.delta!).toBeGreaterThan(0.15);
      expect(ttft.ciLow!).toBeGreaterThanOrEqual(0.05);
      expect(ttft.note).toMatch(/^regressed \+2\d\.\d % \(95 % CI/);
      expect(ab.comparison.verdict).toBe('FAIL');
      expect(run.stdout).toMatch(/ttft\.p50 +\d+\.\d+ ms +\d+\.\d+ ms +\+2\d\.\d %/);
    },
    60_000,
  );

  it('--base-dir boots the stack from each checkout; with ${LLM_LOAD_PORT} both run at once, without it they take turns', async () => {
    for (const [side, ttft] of [
      ['base', 40],
      ['head', 50],
    ] as const) {
      await mkdir(join(dir, side), { recursive: true });
      // The checkout's own start script is what differs between the two refs.
      await writeFile(
        join(dir, side, 'start.sh'),
        `exec "${process.execPath}" "${CLI}" mock --port "$1" --ttft ${ttft}ms --itl 2ms --output-tokens 8\n`,
      );
    }
    const stackOn = (port: string) => [
      'stack:',
      `  command: sh start.sh ${port}`,
      `  health: http://127.0.0.1:${port}/health`,
      '  timeout: 20s',
    ];
    await writeFile(
      join(dir, 'head', 'ports.yml'),
      ['name: ab-ports', 'target: http://127.0.0.1:${LLM_LOAD_PORT}', ...stackOn('${LLM_LOAD_PORT}'), ...FLOW].join('\n'),
    );
    const both = await runCli(
      ['ab', 'ports.yml', '--base-dir', '../base', '--rounds', '3', '--round-time', '1s', '--output', 'ports.json'],
      { cwd: join(dir, 'head') },
    );
    expect(both.code, both.stderr).toBe(1);
    expect(both.stderr).toContain('ab: both sides up at once');
    const concurrent = JSON.parse(await readFile(join(dir, 'head', 'ports.json'), 'utf8')) as AbResults;
    expect(concurrent.comparison.mode).toBe('concurrent');
    expect(concurrent.comparison.rows.find((r) => r.metric === 'ttft.p50')!.result).toBe('FAIL');

    const port = String(await closedPort());
    await writeFile(
      join(dir, 'head', 'fixed.yml'),
      ['name: ab-fixed', `target: http://127.0.0.1:${port}`, ...stackOn(port), ...FLOW].join('\n'),
    );
    const turns = await runCli(
      ['ab', 'fixed.yml', '--base-dir', '../base', '--rounds', '3', '--round-time', '1s', '--output', 'fixed.json'],
      { cwd: join(dir, 'head') },
    );
    expect(turns.code, turns.stderr).toBe(1);
    expect(turns.stderr).toContain('ab: the sides take turns');
    const taking = JSON.parse(await readFile(join(dir, 'head', 'fixed.json'), 'utf8')) as AbResults;
    expect(taking.comparison.mode).toBe('turns');
    expect(taking.comparison.order).toBe('AB BA AB');
    expect(taking.comparison.rows.find((r) => r.metric === 'ttft.p50')!.result).toBe('FAIL');
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow(); // the last stack is down too
  }, 120_000);

  it('refuses a half-given pair of URLs, naming the missing one', async () => {
    const run = await runCli(['ab', join(dir, 'urls.yml'), '--base-url', 'http://127.0.0.1:1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--head-url is missing');
  });
});
