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

  it('refuses a bad option before it starts anything', async () => {
    const run = promisify(execFile)(process.execPath, ['bench/ab.mjs', '--changes', 'ttft+50'], { cwd: root });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--changes: no change called "ttft+50"') });
  });
});
