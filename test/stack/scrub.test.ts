import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clearSecrets, registerSecret, scrub, ScrubStream } from '../../src/core/secrets.js';
import { startProcessStack } from '../../src/stack/process.js';

const SECRET = 'canary-stack-secret-7f3k9q';

async function throughScrub(chunks: string[]): Promise<string> {
  const input = new PassThrough();
  const scrubbed = input.pipe(new ScrubStream());
  let out = '';
  scrubbed.on('data', (d: Buffer) => (out += d.toString()));
  const ended = new Promise((resolve) => scrubbed.on('end', resolve));
  for (const chunk of chunks) input.write(chunk);
  input.end();
  await ended;
  return out;
}

describe('scrubbing a stream', () => {
  beforeAll(() => registerSecret(SECRET));
  afterAll(() => clearSecrets());

  it('masks a secret split across chunks at every split point, and keeps everything else', async () => {
    const text = `start ${SECRET} end\n`;
    for (let at = 1; at < text.length; at++) {
      expect(await throughScrub([text.slice(0, at), text.slice(at)]), `split at ${at}`).toBe('start *** end\n');
    }
  });

  it('holds back nothing that cannot begin a secret, and flushes a tail that only looked like one', async () => {
    expect(await throughScrub(['plain log line\n', 'canary-sta'])).toBe('plain log line\ncanary-sta');
  });

  it('masks the URL-encoded and base64 forms too', () => {
    registerSecret('p@ss word/é');
    const b64 = Buffer.from('p@ss word/é').toString('base64');
    expect(scrub(`q=${encodeURIComponent('p@ss word/é')}&x=1 Basic ${b64}`)).toBe('q=***&x=1 Basic ***');
  });
});

describe('stack.log', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-scrub-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  afterEach(() => clearSecrets());

  it('never holds a secret the service printed, even in two writes with a pause between', async () => {
    registerSecret(SECRET);
    const half = SECRET.length >> 1;
    const script = `process.stdout.write('token=${SECRET.slice(0, half)}'); setTimeout(() => { process.stdout.write('${SECRET.slice(half)} ok\\n'); console.error('err ${SECRET}'); }, 100); setInterval(() => {}, 1000);`;
    const logFile = join(dir, 'stack.log');
    const stack = await startProcessStack({ command: `node -e "${script}"`, env: {}, logFile, graceMs: 1000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await stack.down();
    const log = await readFile(logFile, 'utf8');
    expect(log).toContain('token=*** ok\n');
    expect(log).toContain('err ***');
    expect(log).not.toContain(SECRET.slice(0, half));
  });
});
