// The built-in mock as its own process for the benches: started through the bundled CLI on a free port,
// with a reply of `ttft`, `itl` and `tokens` (and an optional slow-TTFT tail); tracked, so the bench's
// own stop takes it down.
import { spawn } from 'node:child_process';
import { tracked } from './measure.mjs';

/** Starts a mock; resolves with `{child, url}` once it listens. */
export function startMockProcess(cli, { ttft, itl, tokens, tail }) {
  const args = [cli, 'mock', '--port', '0', '--ttft', `${ttft}ms`, '--itl', `${itl}ms`, '--output-tokens', String(tokens), '--seed', '7'];
  if (tail) args.push('--ttft-tail', tail);
  const child = tracked(spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const url = /listening on (http:\/\/\S+?) /.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`mock exited (${code}) before listening: ${out}`)));
  });
}
