import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici';
import { requestProblem } from './headers.js';
import {
  Exchange,
  exchangeFor,
  type ChunkCallback,
  type HttpRequest,
  type OutcomeCallback,
  type PendingRequest,
  type Transport,
} from './transport.js';

export interface UndiciOptions {
  /** Most connections per origin (HTTP/1.1; an HTTP/2 session carries many streams). */
  connections: number;
  insecure?: boolean;
  /** The proxies to route through (as http/choose.ts read them from HTTP(S)_PROXY and NO_PROXY), if any. */
  proxy?: { http?: string; https?: string; noProxy?: string };
  /** Speak HTTP/2: over TLS when ALPN agrees, in cleartext (h2c) for http:// targets. */
  http2: boolean;
}

type Controller = Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestStart']>>[0];
type Headers = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The undici transport: undici's Agent (or EnvHttpProxyAgent) through its Dispatcher API, for what our own
 * client does not do: proxies and HTTP/2. It builds the same outcome as the fast transport (http/transport.ts).
 */
export class UndiciTransport implements Transport {
  readonly kind = 'undici';
  private readonly dispatcher: Dispatcher;

  constructor(options: UndiciOptions) {
    const agent: Agent.Options = {
      connections: options.connections,
      allowH2: options.http2,
      // Cleartext HTTP/2 (h2c) for http:// targets; undici reads this at the top, not in h2Options.
      ...(options.http2 ? { useH2c: true } : {}),
      connect: { rejectUnauthorized: !options.insecure },
      // The engine's sweeper holds the deadlines, as for the fast transport.
      headersTimeout: 0,
      bodyTimeout: 0,
    };
    // The proxies are given, not left to undici to read, so what it routes is what chooseTransport said.
    const { proxy } = options;
    this.dispatcher = proxy
      ? new EnvHttpProxyAgent({ ...agent, httpProxy: proxy.http ?? '', httpsProxy: proxy.https ?? '', noProxy: proxy.noProxy ?? '' })
      : new Agent(agent);
  }

  send(
    request: HttpRequest,
    keepBody: boolean,
    onChunk?: ChunkCallback,
    expectedStatus?: readonly number[],
    onDone?: OutcomeCallback,
    reuse?: PendingRequest,
  ): PendingRequest {
    const exchange = exchangeFor(UndiciExchange, reuse, request, keepBody, onChunk, expectedStatus, onDone);
    const problem = requestProblem(request.path, request.headers);
    if (problem) {
      setImmediate(() => exchange.fail(Object.assign(new Error(problem), { code: 'ERR_INVALID_REQUEST' })));
      return exchange;
    }
    try {
      this.dispatcher.dispatch(
        { origin: request.origin, path: request.path, method: request.method, headers: request.headers, body: request.body ?? null },
        exchange,
      );
    } catch (error) {
      setImmediate(() => exchange.fail(error));
    }
    return exchange;
  }

  async close(): Promise<void> {
    await this.dispatcher.destroy();
  }
}

/** A request through undici: the exchange is its own dispatch handler. */
class UndiciExchange extends Exchange implements Dispatcher.DispatchHandler {
  private controller: Controller | undefined;

  override reset(
    request: HttpRequest,
    keepBody: boolean,
    onChunk: ChunkCallback | undefined,
    expectedStatus: readonly number[] | undefined,
    onDone: OutcomeCallback | undefined,
  ): this {
    this.controller = undefined;
    return super.reset(request, keepBody, onChunk, expectedStatus, onDone);
  }

  onRequestStart(controller: Controller): void {
    this.controller = controller;
    if (this.settled) controller.abort(new Error('the request was cut off'));
  }

  onResponseStart(_controller: Controller, status: number, headers: Headers): void {
    if (status < 200) return; // 100 Continue, 103 Early Hints: the real answer follows
    this.onHead({
      status,
      keepAlive: true,
      retryAfter: first(headers['retry-after']),
      requestId: first(headers['x-request-id'] ?? headers['request-id'] ?? headers['x-amzn-requestid'] ?? headers['x-correlation-id']),
      location: first(headers.location),
      contentEncoding: first(headers['content-encoding'])?.toLowerCase(),
    });
  }

  onResponseData(_controller: Controller, chunk: Buffer): void {
    if (!this.settled) this.onBody(chunk, 0, chunk.length);
  }

  onResponseEnd(): void {
    this.finish();
  }

  onResponseError(_controller: Controller, error: Error): void {
    this.fail(error);
  }

  protected cutOff(): void {
    this.controller?.abort(new Error('the request was cut off'));
  }
}
