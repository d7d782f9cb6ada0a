import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStack } from '../../src/stack/boot.js';
import type { StackHandoff } from '../../src/stack/stack.js';
import { FAKE_BIN } from '../helpers/action.js';
import { closedPort } from '../helpers/server.js';

/** A service that answers with the directory it runs in and the SIDE variable of its environment. */
const SERVICE = `require('http').createServer((q, s) => s.end(JSON.stringify({ cwd: process.cwd(), side: process.env.SIDE }))).listen(Number(process.env.LLM_LOAD_PORT), '127.0.0.1')`;

describe('bootStack: two stacks from two checkouts at once', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'llm-load-boot-'));
    for (const side of ['base', 'head']) {
      await mkdir(join(root, side));
      await writeFile(join(root, side, 'service.cjs'), SERVICE);
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('runs each command in its own directory with its own environment, and disposing takes each down', async () => {
    const ports = { base: await closedPort(), head: await closedPort() };
    const boot = (side: 'base' | 'head') =>
      bootStack(
        {
          command: `"${process.execPath}" service.cjs`, // relative: found only in the side's own checkout
          env: { SIDE: 'profile' },
          health: [`http://127.0.0.1:${ports[side]}/`],
          timeoutMs: 10_000,
        },
        {
          cwd: join(root, side),
          env: { SIDE: side, LLM_LOAD_PORT: String(ports[side]) },
          logDir: join(root, `${side}-out`),
          name: side,
          signal: new AbortController().signal,
          log: () => undefined,
        },
      );
    {
      await using base = await boot('base');
      await using head = await boot('head');
      expect(base!.kind).toBe('process');
      const answer = async (side: 'base' | 'head') => (await fetch(`http://127.0.0.1:${ports[side]}/`)).json();
      expect(await answer('base')).toEqual({ cwd: join(root, 'base'), side: 'base' });
      expect(await answer('head')).toEqual({ cwd: join(root, 'head'), side: 'head' });
      expect(head!.handoff.kind).toBe('process');
    }
    await expect(fetch(`http://127.0.0.1:${ports.base}/`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${ports.head}/`)).rejects.toThrow();
  }, 30_000);

  it('boots compose from the given checkout, hands off what post needs before up, and downs on dispose', async () => {
    const port = await closedPort();
    await writeFile(join(root, 'head', 'compose.yml'), 'services:\n  llm:\n    build: .\n');
    const handoffs: StackHandoff[] = [];
    const path = process.env.PATH;
    Object.assign(process.env, {
      PATH: `${FAKE_BIN}:${path}`,
      FAKE_DOCKER_DIR: root,
      FAKE_DOCKER_UP: `"${process.execPath}" "${join(root, 'head', 'service.cjs')}"`,
    });
    try {
      {
        await using stack = await bootStack(
          {
            compose: { files: ['compose.yml'], services: [], build: true },
            env: {},
            health: [`http://127.0.0.1:${port}/`],
            timeoutMs: 10_000,
          },
          {
            cwd: join(root, 'head'),
            env: { SIDE: 'head', LLM_LOAD_PORT: String(port) },
            logDir: join(root, 'compose-out'),
            name: 'Head Side',
            signal: new AbortController().signal,
            log: () => undefined,
            onHandoff: (handoff) => handoffs.push(handoff),
          },
        );
        expect(stack!.kind).toBe('compose');
        expect(handoffs).toHaveLength(1);
        const compose = (handoffs[0] as Extract<StackHandoff, { kind: 'compose' }>).compose;
        expect(compose.project).toMatch(/^llm-load-head-side-[0-9a-f]{6}$/);
        expect(compose.cwd).toBe(join(root, 'head'));
        expect(((await (await fetch(`http://127.0.0.1:${port}/`)).json()) as { side: string }).side).toBe('head');
      }
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    } finally {
      process.env.PATH = path;
    }
  }, 30_000);
});
