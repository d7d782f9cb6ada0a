import { isIP, connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { headerProblem, pathProblem } from './headers.js';
import { ResponseParser, type ResponseSink } from './response-parser.js';
import {
  Exchange,
  exchangeFor,
  type ChunkCallback,
  type HttpRequest,
  type OutcomeCallback,
  type PendingRequest,
  type ResponseHead,
  type Transport,
} from './transport.js';

/**
 * Plain TCP connections all read into this one buffer: a read is handled to the end before the next, so
 * nothing allocates per read and ten thousand idle streams don't hold ten thousand buffers. Whatever
 * must outlive a read (a partial head, a kept body) is copied out.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);
/** Bodies from this size on are sent as bytes made once, apart from the head. */
const LARGE_BODY = 64 * 1024;
/**
 * The bytes of a large body, reused while requests keep sending the same text (a big prompt templated
 * into every request, or one shared by every VU): one copy of it, not one per request.
 */
let lastLargeBody: { text: string; bytes: Buffer } | undefined;
function largeBodyBytes(text: string): Buffer {
  if (lastLargeBody?.text !== text) lastLargeBody = { text, bytes: Buffer.from(text) };
  return lastLargeBody.bytes;
}

export interface HttpClientOptions {
  /** Most connections per origin; the closed model needs one per VU. */
  connections: number;
  /** Accept self-signed and otherwise untrusted TLS certificates (profile `insecure: true`). */
  insecure?: boolean;
  /** Most new connections a millisecond (and at once); past it requests wait. Unlimited when absent. */
  opensPerMs?: number;
}

/**
 * The load client: HTTP/1.1 over keep-alive TCP or TLS connections, one request at a time per connection.
 * It is written for the hot path — the request is one string written once, the response is parsed in place
 * and its body is kept only when asked — so the generator costs less per request than the service it tests.
 * Deadlines are the caller's (the run's sweeper aborts overdue requests): no timer per request.
 */
export class HttpClient implements Transport {
  readonly kind = 'fast';
  private readonly pools = new Map<string, Pool>();
  private lastPool: Pool | undefined;
  private closed = false;

  constructor(private readonly options: HttpClientOptions) {}

  /** See Transport.send. A VU sends one request at a time, so `reuse` spares the hot path an exchange per request. */
  send(
    request: HttpRequest,
    keepBody: boolean,
    onChunk?: ChunkCallback,
    expectedStatus?: readonly number[],
    onDone?: OutcomeCallback,
    reuse?: PendingRequest,
  ): PendingRequest {
    const exchange = exchangeFor(FastExchange, reuse, request, keepBody, onChunk, expectedStatus, onDone);
    try {
      const pool = this.pool(request.origin);
      const problem = exchange.serialize(pool.host);
      if (problem) throw Object.assign(new Error(problem), { code: 'ERR_INVALID_REQUEST' });
      pool.dispatch(exchange);
    } catch (error) {
      // A request that never left fails on the next turn of the event loop: a VU that sends again at once
      // must not spin through failures without letting timers, the run's stop and signals in.
      setImmediate(() => exchange.fail(error));
    }
    return exchange;
  }

  private pool(origin: string): Pool {
    if (this.closed) throw closedError();
    if (origin === this.lastPool?.origin) return this.lastPool; // most runs send to one origin
    let pool = this.pools.get(origin);
    if (!pool) this.pools.set(origin, (pool = new Pool(origin, this.options)));
    return (this.lastPool = pool);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
    this.pools.clear();
    this.lastPool = undefined;
  }
}

/** A request over our own connections: its bytes, its connection, and whether it was sent again. */
class FastExchange extends Exchange {
  wire!: string;
  wireBody: Buffer | undefined;
  /** Sent again once on a fresh connection when a reused one closed before answering. */
  retried!: boolean;
  connection: Connection | undefined;
  /** Set by the pool while the request waits for a connection. */
  queuedIn: Pool | undefined;

  override reset(
    request: HttpRequest,
    keepBody: boolean,
    onChunk: ChunkCallback | undefined,
    expectedStatus: readonly number[] | undefined,
    onDone: OutcomeCallback | undefined,
  ): this {
    this.wire = '';
    this.wireBody = undefined;
    this.retried = false;
    this.connection = undefined;
    this.queuedIn = undefined;
    return super.reset(request, keepBody, onChunk, expectedStatus, onDone);
  }

  /** Builds the request's bytes; returns what is wrong with it, if anything. */
  serialize(host: string): string | undefined {
    if (this.request.wire !== undefined) {
      this.wire = this.request.wire;
      this.wireBody = this.request.wireBody;
      return undefined;
    }
    const { method, path, headers, body } = this.request;
    const bad = pathProblem(path);
    if (bad) return bad;
    // A Host of the profile's own (virtual hosts behind one ingress) goes first, in place of the origin's.
    const ownHost = headers.host;
    if (ownHost !== undefined && headerProblem('host', ownHost)) return headerProblem('host', ownHost);
    let wire = `${method} ${path} HTTP/1.1\r\nhost: ${ownHost ?? host}\r\n`;
    for (const name in headers) {
      const value = headers[name]!;
      if (name === 'host') continue;
      const problem = headerProblem(name, value);
      if (problem) return problem;
      wire += `${name}: ${value}\r\n`;
    }
    if (body !== undefined && body.length >= LARGE_BODY) {
      // Made into bytes once, not joined to the head: a string of megabytes is copied again at every write.
      const bytes = largeBodyBytes(body);
      wire += `content-length: ${bytes.length}\r\n\r\n`;
      this.wireBody = this.request.wireBody = bytes;
    } else if (body !== undefined) wire += `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    else wire += method === 'POST' || method === 'PUT' || method === 'PATCH' ? 'content-length: 0\r\n\r\n' : '\r\n';
    this.wire = this.request.wire = wire;
    return undefined;
  }

  protected cutOff(): void {
    this.queuedIn?.unqueue(this);
    this.connection?.cut(this);
  }
}

/**
 * Connections to one origin: idle ones are reused, new ones opened up to the limit (and at most
 * `opensPerMs` a millisecond, when set), else requests queue for the first connection freed or opened.
 */
class Pool {
  readonly host: string;
  readonly hostname: string;
  readonly port: number;
  readonly secure: boolean;
  private readonly idle: Connection[] = [];
  private readonly queue: FastExchange[] = [];
  private readonly all = new Set<Connection>();
  private closing = false;
  /** New connections the rate allows now (`opensPerMs` at most, so no burst outgrows a millisecond's). */
  private openTokens: number;
  private tokensAt = performance.now();
  /** Set while requests wait for the next connection the rate allows. */
  private openTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly origin: string,
    readonly options: HttpClientOptions,
  ) {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`unsupported protocol ${url.protocol} in ${origin}`);
    this.secure = url.protocol === 'https:';
    this.host = url.host;
    this.hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    this.port = Number(url.port) || (this.secure ? 443 : 80);
    this.openTokens = options.opensPerMs ?? Infinity;
  }

  dispatch(exchange: FastExchange): void {
    if (this.closing) {
      exchange.fail(closedError());
      return;
    }
    const idle = this.idle.pop();
    if (idle) idle.start(exchange);
    else if (this.mayOpen()) this.open().start(exchange);
    else {
      exchange.queuedIn = this;
      this.queue.push(exchange);
      this.openLater();
    }
  }

  /** Whether a new connection may be opened now: under the limit, and within the rate when there is one. */
  private mayOpen(): boolean {
    if (this.all.size >= this.options.connections) return false;
    if (this.openTokens < 1) {
      const now = performance.now();
      const perMs = this.options.opensPerMs!;
      this.openTokens = Math.min(perMs, this.openTokens + (now - this.tokensAt) * perMs);
      this.tokensAt = now;
      if (this.openTokens < 1) return false;
    }
    this.openTokens--;
    return true;
  }

  /** Opens connections for queued requests as the rate allows, until none waits or the limit is reached. */
  private openLater(): void {
    if (this.openTimer || this.all.size >= this.options.connections) return;
    this.openTimer = setTimeout(() => {
      this.openTimer = undefined;
      this.serveQueue();
    }, 1);
  }

  private serveQueue(): void {
    while (!this.closing && this.queue.length > 0 && this.mayOpen()) this.open().start(this.dequeue());
    if (!this.closing && this.queue.length > 0) this.openLater();
  }

  private dequeue(): FastExchange {
    const next = this.queue.shift()!;
    next.queuedIn = undefined;
    return next;
  }

  unqueue(exchange: FastExchange): void {
    const at = this.queue.indexOf(exchange);
    if (at !== -1) this.queue.splice(at, 1);
  }

  /** A response ended: the connection takes the next queued request, waits idle, or closes. */
  release(connection: Connection, reusable: boolean): void {
    if (!reusable) {
      connection.destroy();
      return;
    }
    if (this.queue.length > 0) connection.start(this.dequeue());
    else this.idle.push(connection);
  }

  /** A connection closed: forget it and give its place to a queued request. */
  forget(connection: Connection): void {
    if (!this.all.delete(connection)) return;
    const at = this.idle.indexOf(connection);
    if (at !== -1) this.idle.splice(at, 1);
    this.serveQueue();
  }

  private open(): Connection {
    const connection = new Connection(this);
    this.all.add(connection);
    return connection;
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.openTimer);
    for (const exchange of this.queue.splice(0)) exchange.fail(closedError());
    await Promise.all([...this.all].map((c) => c.destroy()));
  }
}

/** One keep-alive connection, carrying one request at a time. */
class Connection implements ResponseSink {
  private readonly socket: Socket;
  private readonly parser = new ResponseParser(this);
  private exchange: FastExchange | undefined;
  private keepAlive = true;
  private served = 0;
  private error: unknown;
  private readonly closed: Promise<void>;

  constructor(private readonly pool: Pool) {
    const { hostname, port, secure, options } = pool;
    this.socket = secure
      ? connectTls({
          host: hostname,
          port,
          servername: isIP(hostname) ? undefined : hostname,
          rejectUnauthorized: !options.insecure,
          ALPNProtocols: ['http/1.1'],
        })
      : connectTcp({ host: hostname, port, onread: { buffer: READ_BUFFER, callback: (n) => this.onRead(n) } });
    this.socket.setNoDelay(true);
    if (secure) this.socket.on('data', (data: Buffer) => this.onData(data));
    this.socket.on('error', (error) => (this.error ??= error));
    this.closed = new Promise((resolve) => this.socket.once('close', () => resolve(this.onClose())));
  }

  start(exchange: FastExchange): void {
    this.exchange = exchange;
    exchange.connection = this;
    this.keepAlive = true;
    this.parser.expect(exchange.request.method);
    if (exchange.wireBody === undefined) this.socket.write(exchange.wire);
    else {
      this.socket.cork();
      this.socket.write(exchange.wire);
      this.socket.write(exchange.wireBody);
      this.socket.uncork();
    }
  }

  onHead(head: ResponseHead): void {
    this.keepAlive = head.keepAlive;
    this.exchange!.onHead(head);
  }

  onBody(buffer: Buffer, start: number, end: number): void {
    // Its exchange may have refused the body and cut this connection halfway through a read.
    this.exchange?.onBody(buffer, start, end);
  }

  /** The request was aborted: the rest of its response can't be told from the next one's, so close. */
  cut(exchange: FastExchange): void {
    if (this.exchange !== exchange) return;
    this.exchange = undefined;
    exchange.connection = undefined;
    this.socket.destroy();
  }

  destroy(): Promise<void> {
    this.socket.destroy();
    return this.closed;
  }

  private onRead(bytes: number): boolean {
    this.onData(READ_BUFFER, bytes);
    return true;
  }

  /** Reads the first `length` bytes of `data` (the shared read buffer is bigger than one read). */
  private onData(data: Buffer, length = data.length): void {
    const exchange = this.exchange;
    if (!exchange) {
      this.socket.destroy(); // bytes nobody asked for: the connection's framing can't be trusted
      return;
    }
    let used: number;
    try {
      used = this.parser.push(data, length);
    } catch (error) {
      this.error = error;
      this.socket.destroy();
      return;
    }
    if (!this.parser.complete) return;
    this.exchange = undefined;
    exchange.connection = undefined;
    this.served++;
    // The connection is free before the outcome is told: its callback may send the VU's next request at once.
    this.pool.release(this, this.keepAlive && used === length);
    exchange.finish();
  }

  private onClose(): void {
    this.pool.forget(this);
    const exchange = this.exchange;
    if (!exchange) return;
    this.exchange = undefined;
    exchange.connection = undefined;
    if (this.error === undefined && this.parser.close()) {
      exchange.finish();
      return;
    }
    // A reused connection the server closed as idle before answering: an idempotent request is sent once
    // more. Others are not (the server may have acted on a POST before closing): they fail.
    if (this.served > 0 && !this.parser.started && !exchange.retried && IDEMPOTENT.has(exchange.request.method)) {
      exchange.retried = true;
      this.pool.dispatch(exchange);
      return;
    }
    exchange.fail(
      this.error ??
        Object.assign(new Error('the socket was closed by the other side before the response was complete'), { code: 'ECONNRESET' }),
    );
  }
}

/** Methods a client may send again after a lost connection (RFC 9110 §9.2.2). */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

const closedError = () => Object.assign(new Error('the client is closed'), { code: 'ERR_CLIENT_CLOSED' });
