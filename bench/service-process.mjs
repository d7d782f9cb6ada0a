// The services the benches run as processes of their own, each started on a free port and tracked, so
// the bench's own stop takes it down: the built-in mock, with a reply of `ttft`, `itl` and `tokens` (and
// an optional slow-TTFT tail), and the real engine (bench/engine/main.mjs).
import { spawn } from 'node:child_process';
import { tracked } from './measure.mjs';

/** Spawns `node argv…`; resolves with `{child, url}` once its output names the URL it serves. */
function startListening(name, argv, urlIn) {
  const child = tracked(spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] }));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const url = urlIn(out);
      if (url) resolve({ child, url });
    });
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening: ${out}`)));
  });
}

/** Starts a mock; resolves with `{child, url}` once it listens. */
export function startMockProcess(cli, { ttft, itl, tokens, tail }) {
  const args = [cli, 'mock', '--port', '0', '--ttft', `${ttft}ms`, '--itl', `${itl}ms`, '--output-tokens', String(tokens), '--seed', '7'];
  if (tail) args.push('--ttft-tail', tail);
  return startListening('mock', args, (out) => /listening on (http:\/\/\S+?) /.exec(out)?.[1]);
}

const ENGINE_MAIN = new URL('./engine/main.mjs', import.meta.url).pathname;

/** Starts an engine of `seqs` sequences on the generated model; resolves with `{child, url}` once it listens. */
export function startEngineProcess({ seqs = 4, size = 'tiny', layers } = {}) {
  const args = [ENGINE_MAIN, '--port', '0', '--seqs', String(seqs), '--size', size];
  if (layers) args.push('--layers', String(layers));
  return startListening('the engine', args, (out) => {
    const port = /^listening (\d+)$/m.exec(out)?.[1];
    return port && `http://127.0.0.1:${port}`;
  });
}
