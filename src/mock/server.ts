import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChatApp, sendJson } from './chat-app.js';

export interface MockOptions {
  port?: number;
  host?: string;
  /** Delay of the fake model's reply on POST /chat, ms. */
  replyDelayMs?: number;
}

export interface MockServer extends AsyncDisposable {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch {
        reject(new SyntaxError('request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

/** The built-in mock service: a chat app and a health check, on loopback by default. */
export async function startMockServer(options: MockOptions = {}): Promise<MockServer> {
  const chat = new ChatApp(options.replyDelayMs ?? 100);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock');
    const handled =
      req.method === 'GET' && url.pathname === '/health'
        ? Promise.resolve(sendJson(res, 200, { status: 'ok' })).then(() => true)
        : chat.handle(req, res, url, () => readJson(req));
    handled.then(
      (done) => {
        if (!done) {
          req.resume();
          sendJson(res, 404, { error: `no route for ${req.method} ${url.pathname}` });
        }
      },
      (error: Error) => sendJson(res, 400, { error: error.message }),
    );
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://${options.host ?? '127.0.0.1'}:${port}`, port, close, [Symbol.asyncDispose]: close };
}
