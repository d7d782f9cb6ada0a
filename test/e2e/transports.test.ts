import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import { createSecureServer, createServer as createH2cServer, type Http2Server, type Http2SecureServer } from 'node:http2';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createHttpsServer } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForHealth } from '../../src/stack/health.js';
import { prometheusSampler } from '../../src/stack/samplers.js';
import type { Results } from '../../src/results/results.js';
import { runCli } from '../helpers/cli.js';

const portOf = (server: { address(): unknown }) => (server.address() as AddressInfo).port;
const listen = (server: Server | Http2Server | Http2SecureServer) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const close = (server: Server | Http2Server | Http2SecureServer) => new Promise((resolve) => server.close(resolve));

describe('the transports through the bundled CLI: proxies and HTTP/2 go through undici', () => {
  let dir: string;
  let target: Server;
  let proxy: Server;
  /** Local ports of the sockets the proxy opened to the target: a request on one came through the proxy. */
  const proxied = new Set<number>();
  let direct = 0;
  let throughProxy = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-transports-'));
    target = createHttpServer((req, res) => {
      if (proxied.has(req.socket.remotePort!)) throughProxy++;
      else direct++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await listen(target);
    // A forward proxy as self-hosted runners have: CONNECT tunnels and absolute-form requests.
    proxy = createHttpServer((req, res) => {
      const url = new URL(req.url!);
      const upstream = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('socket', (socket) => socket.on('connect', () => proxied.add(socket.localPort!)));
      req.pipe(upstream);
    });
    proxy.on('connect', (req, client, head) => {
      const [host, port] = req.url!.split(':');
      const upstream = connect(Number(port), host, () => {
        proxied.add(upstream.localPort!);
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await listen(proxy);
  });
  afterAll(async () => {
    target.closeAllConnections();
    proxy.closeAllConnections();
    await Promise.all([close(target), close(proxy)]);
    await rm(dir, { recursive: true, force: true });
  });

  /** A self-signed certificate for 127.0.0.1, made by openssl. */
  const selfSigned = async (name: string) => {
    const [key, cert] = [join(dir, `${name}-key.pem`), join(dir, `${name}-cert.pem`)];
    const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'];
    execFileSync('openssl', args, { stdio: 'ignore' });
    return { key: await readFile(key), cert: await readFile(cert) };
  };

  const run = async (name: string, env: NodeJS.ProcessEnv, args: string[] = []) => {
    const output = join(dir, `${name}.json`);
    const result = await runCli(['run', '--output', output, '--quiet', ...args], {
      env: { http_proxy: '', https_proxy: '', no_proxy: '', HTTP_PROXY: '', HTTPS_PROXY: '', NO_PROXY: '', ...env },
    });
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(await readFile(output, 'utf8')) as Results;
  };

  it('honours HTTP_PROXY (every request goes through it) and NO_PROXY (none does)', async () => {
    const url = `http://127.0.0.1:${portOf(target)}/x`;
    const viaProxy = await run('proxy', { HTTP_PROXY: `http://127.0.0.1:${portOf(proxy)}` }, [
      '--url',
      url,
      '--users',
      '2',
      '--duration',
      '1s',
    ]);
    expect(viaProxy.meta.transport).toEqual({
      kind: 'undici',
      reason: `a proxy applies to http://127.0.0.1:${portOf(target)} (HTTP(S)_PROXY, NO_PROXY)`,
    });
    expect(viaProxy.totals.failures).toBe(0);
    expect(throughProxy).toBe(viaProxy.totals.requests);
    expect(direct).toBe(0);

    const before = throughProxy;
    const exempt = await run('no-proxy', { HTTP_PROXY: `http://127.0.0.1:${portOf(proxy)}`, NO_PROXY: 'localhost,127.0.0.1' }, [
      '--url',
      url,
      '--users',
      '2',
      '--duration',
      '1s',
    ]);
    expect(exempt.meta.transport!.kind).toBe('fast');
    expect(throughProxy).toBe(before);
    expect(direct).toBe(exempt.totals.requests);
  }, 30_000);

  it('takes --transport on the command line, and names a wrong one', async () => {
    const url = `http://127.0.0.1:${portOf(target)}/x`;
    const undici = await run('flag', {}, ['--url', url, '--users', '1', '--duration', '500ms', '--transport', 'undici']);
    expect(undici.meta.transport).toEqual({ kind: 'undici', reason: 'http.transport: undici' });
    const wrong = await runCli(['run', '--url', url, '--transport', 'slow']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--transport: expected auto, fast or undici, got "slow"');
  }, 30_000);

  it('speaks HTTP/2 in cleartext (h2c) when the profile asks for version 2', async () => {
    const versions = new Set<string>();
    const h2c = createH2cServer((req, res) => {
      versions.add(req.httpVersion);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await listen(h2c);
    try {
      const profile = join(dir, 'h2c.yml');
      await writeFile(
        profile,
        `target: http://127.0.0.1:${portOf(h2c)}\nhttp: { version: 2 }\nload: { vus: 3, duration: 1s }\nscenarios: { s: { flow: [{ request: POST /v1/x, json: { a: 1 } }] } }\n`,
      );
      const results = await run('h2c', {}, [profile]);
      expect(results.meta.transport).toEqual({ kind: 'undici', reason: 'HTTP/2 asked for (http.version: 2)' });
      expect(results.totals.requests).toBeGreaterThan(10);
      expect(results.totals.failures).toBe(0);
      expect([...versions]).toEqual(['2.0']);
    } finally {
      await close(h2c);
    }
  }, 30_000);

  it.skipIf(!existsSync('/usr/bin/openssl'))(
    'names an HTTP/2-only TLS server to the fast transport, and reaches it through undici with insecure: true',
    async () => {
      const h2 = createSecureServer({ ...(await selfSigned('h2')), allowHTTP1: false }, (_req, res) => res.writeHead(200).end('{}'));
      await listen(h2);
      try {
        const profile = (http: string) =>
          `target: https://127.0.0.1:${portOf(h2)}\ninsecure: true\nhttp: ${http}\nload: { vus: 2, duration: 1s }\nscenarios: { s: { flow: [{ request: GET /x }] } }\n`;
        await writeFile(join(dir, 'h2-fast.yml'), profile('{ transport: fast }'));
        await writeFile(join(dir, 'h2.yml'), profile('{ version: 2 }'));
        const output = join(dir, 'h2-fast.json');
        const refused = await runCli(['run', join(dir, 'h2-fast.yml'), '--output', output, '--quiet']);
        expect(refused.code).toBe(1); // every request failed
        const fast = JSON.parse(await readFile(output, 'utf8')) as Results;
        expect(fast.errors.protocol_error?.examples[0], JSON.stringify(fast.errors)).toContain(
          'it speaks HTTP/2 only; set http: {version: 2} in the profile',
        );
        expect(fast.errors.tls_error).toBeUndefined();
        const reached = await run('h2', {}, [join(dir, 'h2.yml')]);
        expect(reached.totals.failures).toBe(0);
        expect(reached.totals.requests).toBeGreaterThan(10);
      } finally {
        await close(h2);
      }
    },
    30_000,
  );

  it.skipIf(!existsSync('/usr/bin/openssl'))(
    'health checks and the Prometheus sampler travel as the load does: insecure: true reaches a self-signed server',
    async () => {
      const tls = createHttpsServer(await selfSigned('health'), (req, res) => {
        if (req.url === '/metrics') return void res.end('process_resident_memory_bytes 1048576\nprocess_cpu_seconds_total 1\n');
        res.writeHead(200).end('{}');
      });
      await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
      try {
        const url = `https://127.0.0.1:${portOf(tls)}`;
        const settings = { transport: 'auto', version: '1.1' } as const;
        await expect(waitForHealth([`${url}/health`], { timeoutMs: 3000, http: { settings, insecure: true } })).resolves.toBeUndefined();
        await expect(waitForHealth([`${url}/health`], { timeoutMs: 300, http: { settings, insecure: false } })).rejects.toThrow(
          /self-signed|SELF_SIGNED|certificate/i,
        );
        const samples = await prometheusSampler(`${url}/metrics`, {}, { settings, insecure: true }).sample();
        expect(samples).toEqual([{ service: 'service', memoryBytes: 1048576, cpuPercent: null }]);
        expect(await prometheusSampler(`${url}/metrics`, {}, { settings, insecure: false }).sample()).toEqual([]);
      } finally {
        tls.closeAllConnections();
        await new Promise((resolve) => tls.close(resolve));
      }
    },
    30_000,
  );
});
