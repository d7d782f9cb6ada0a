// nginx as a target cheaper than any client: one worker process answering every request with the same
// small JSON body, keep-alive. Against it the client, not the server, is the bottleneck, so a client's
// CPU per request is its own cost (busy to the end, never woken from idle) and its req/s is its speed.
// The bench uses it when Debian's nginx is installed (apt-get install nginx), as it uses wrk.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

/** The nginx executable, or undefined when it is not installed. */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
export const INSTALL_NGINX = 'Debian: apt-get install nginx';

/** A port free on loopback now (nginx binds it a moment later). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const accepts = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', () => resolve(false));
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
  });

/**
 * Starts nginx in the foreground with its files in `dir`: `command` may wrap its argv (taskset), `track`
 * sees its process as soon as it is spawned (so a bench stopped meanwhile stops it too). Resolves once it
 * accepts connections, with its URL and process (SIGTERM stops it, its worker with it); rejects with
 * nginx's own last words when it does not start.
 */
export async function startNginx(dir, { command = (argv) => argv, track = (child) => child } = {}) {
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  const log = join(dir, 'nginx-error.log');
  await writeFile(
    conf,
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${log};
events { worker_connections 4096; }
http { access_log off; keepalive_requests 100000000; keepalive_timeout 60s;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${port}; location / { default_type application/json; return 200 '{"ok":true}'; } } }
`,
  );
  const [file, ...args] = command([NGINX, '-c', conf, '-e', log]);
  const child = track(spawn(file, args, { stdio: 'ignore' }));
  for (let waited = 0; waited < 5000; waited += 50) {
    if (child.exitCode !== null) break;
    if (await accepts(port)) return { url: `http://127.0.0.1:${port}/`, child };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill();
  const said = (await readFile(log, 'utf8').catch(() => '')).trim().split('\n').slice(-3).join('\n');
  throw new Error(`nginx did not start on port ${port}${said ? `: ${said}` : ''}`);
}
