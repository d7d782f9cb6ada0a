import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

describe('npm run bench:ab (a short run)', () => {
  it('decides an A/A and a +10 % TTFT pair of mocks through the bundled CLI and prints the table', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['bench/ab.mjs', '--aa', '1', '--per-change', '1', '--changes', 'ttft+10', '--round-time', '1', '--max-time', '20', '--noise', 'off'],
      { cwd: root, timeout: 120_000 },
    );
    expect(stdout).toMatch(/\| A\/A \(no change\) \| 1 \| 0 \| \d \| \d \|/); // no FAIL on the A/A
    expect(stdout).toMatch(/\| TTFT \+10 % \| 1 \| 1 \| 0 \| 0 \|/); // the change caught
  }, 150_000);

  it('decides on the real engine, 8 users by default: an A/A, and a head with 3 sequences instead of 4 caught', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        'bench/ab.mjs',
        '--target',
        'engine',
        '--aa',
        '1',
        '--per-change',
        '1',
        '--changes',
        'seqs-3',
        '--round-time',
        '1',
        '--max-time',
        '20',
        '--noise',
        'off',
      ],
      { cwd: root, timeout: 120_000 },
    );
    expect(stdout).toMatch(/Engine: llama\.cpp.*, 8 closed-model users|8 closed-model users; Engine: llama\.cpp/);
    // The A/A's verdict is what the bench measures (bench/AB-engine.md), not a thing one decision shows.
    expect(stdout).toMatch(/\| A\/A \(no change\) \| 1 \| \d \| \d \| \d \|/);
    expect(stdout).toMatch(/\| 3 sequences, not 4 \| 1 \| 1 \| 0 \| 0 \|/);
  }, 150_000);

  it('refuses a bad option before it starts anything', async () => {
    const run = promisify(execFile)(process.execPath, ['bench/ab.mjs', '--changes', 'ttft+50'], { cwd: root });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--changes: no change called "ttft+50"') });
    // The engine has changes of its own: a mock's is not one of them.
    const engine = promisify(execFile)(process.execPath, ['bench/ab.mjs', '--target', 'engine', '--changes', 'ttft+10'], { cwd: root });
    await expect(engine).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("the engine's changes: seqs-3, deeper") });
  });
});
