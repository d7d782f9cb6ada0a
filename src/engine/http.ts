import { isIP, connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { ErrorKind } from '../metrics/recorder.js';
import { scrub } from '../core/secrets.js';
import { headerProblem } from './headers.js';
import { ResponseParser, type ResponseHead, type ResponseSink } from './http-response.js';

export interface HttpRequest {
  origin: string;
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Its bytes, kept by the client on a request that is sent again and again (a step with no templates). */
  wire?: string;
  /** A large body's bytes, made once and written after `wire` (which then ends with the head). */
  wireBody?: Buffer;
}

export interface HttpOutcome {
  /** 0 when no response arrived. */
  status: number;
  bytes: number;
  /** The body text, when asked for (captures) or when the response is an error (first bytes only). */
  body?: string;
  requestId?: string;
  /** The server's retry-after, in seconds, on 429/503 answers. */
  retryAfterS?: number;
  /** `interrupted` means the run stopped this request; it is neither a success nor a failure. */
  error?: ErrorKind | 'interrupted';
  message?: string;
}

/** Why the engine aborts a request: its deadline passed, or the run is stopping. */
export type AbortReason = 'timeout' | 'stop';

/** A request on its way: its outcome, and a way to cut it off. */
export interface PendingRequest {
  readonly outcome: Promise<HttpOutcome>;
  abort(reason: AbortReason): void;
}

/** Called once with a request's outcome, always on a later turn than the send. */
export type OutcomeCallback = (outcome: HttpOutcome) => void;
/**
 * Sees the body bytes `data[start, end)` as they arrive. `data` may be the connection's shared read buffer,
 * overwritten by the next read: use the bytes before returning, or copy them. Returning a reason refuses
 * the rest: the request fails as a stream_error with it and its connection is dropped.
 */
export type ChunkCallback = (data: Buffer, start: number, end: number) => string | undefined | void;

/**
 * Plain TCP connections all read into this one buffer: a read is handled to the end before the next, so
 * nothing allocates per read and ten thousand idle streams don't hold ten thousand buffers. Whatever
 * must outlive a read (a partial head, a kept body) is copied out.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);
const KEEP_BODY_LIMIT = 8 * 1024 * 1024;
/** Bodies from this size on are sent as bytes made once, apart from the head. */
const LARGE_BODY = 64 * 1024;
const ERROR_BODY_LIMIT = 512;
const BAD_PATH = /[\x00-\x20\x7f]/;

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
export class HttpClient {
  private readonly pools = new Map<string, Pool>();
  private lastPool: Pool | undefined;
  private closed = false;

  constructor(private readonly options: HttpClientOptions) {}

  /**
   * Sends a request and reads its response to the end. `keepBody` keeps the text (for captures and JSON
   * replies); `onChunk` sees each body chunk of a successful response as it arrives (for streams);
   * `expectedStatus` lists statuses that are not failures even when ≥ 400; `onDone`, when given, gets the
   * outcome without a promise (the engine's hot path), otherwise read `outcome`. `reuse`: a request this
   * caller sent before, settled, whose outcome it no longer reads: its object carries this one (a VU sends
   * one request at a time, so the hot path allocates no exchange per request).
   */
  send(
    request: HttpRequest,
    keepBody: boolean,
    onChunk?: ChunkCallback,
    expectedStatus?: readonly number[],
    onDone?: OutcomeCallback,
    reuse?: PendingRequest,
  ): PendingRequest {
    const exchange =
      reuse instanceof Exchange && reuse.reusable
        ? reuse.reset(request, keepBody, onChunk, expectedStatus, onDone)
        : new Exchange(request, keepBody, onChunk, expectedStatus, onDone);
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

/** One request and what has been read of its response; once settled, it is the outcome (no copy is made). */
class Exchange implements PendingRequest, HttpOutcome {
  // Every field but `promise` is set by reset(), the one list of what a new exchange starts from (the
  // constructor's and a reused object's alike), so no field of an earlier request can leak into the next.
  request!: HttpRequest;
  private keepBody!: boolean;
  private onChunk: ChunkCallback | undefined;
  private expectedStatus: readonly number[] | undefined;
  private onDone: OutcomeCallback | undefined;
  wire!: string;
  wireBody: Buffer | undefined;
  /** Sent again once on a fresh connection when a reused one closed before answering. */
  retried!: boolean;
  connection: Connection | undefined;
  status!: number;
  bytes!: number;
  body: string | undefined;
  requestId: string | undefined;
  retryAfterS: number | undefined;
  error: HttpOutcome['error'];
  message: string | undefined;
  private settled!: boolean;
  private promise: Promise<HttpOutcome> | undefined;
  private resolve: ((outcome: HttpOutcome) => void) | undefined;
  private failed!: boolean;
  private limit!: number;
  private kept: Buffer[] | undefined;
  private keptBytes!: number;
  private retryAfter: string | undefined;
  /** Set by the pool while the request waits for a connection. */
  queuedIn: Pool | undefined;

  constructor(
    request: HttpRequest,
    keepBody: boolean,
    onChunk: ChunkCallback | undefined,
    expectedStatus: readonly number[] | undefined,
    onDone: OutcomeCallback | undefined,
  ) {
    this.reset(request, keepBody, onChunk, expectedStatus, onDone);
  }

  /** Settled, and no promise of its outcome was handed out (whoever holds one may still read it). */
  get reusable(): boolean {
    return this.settled && this.promise === undefined;
  }

  /** This object, made into a new exchange for `request` (see HttpClient.send's `reuse`). */
  reset(
    request: HttpRequest,
    keepBody: boolean,
    onChunk: ChunkCallback | undefined,
    expectedStatus: readonly number[] | undefined,
    onDone: OutcomeCallback | undefined,
  ): this {
    this.request = request;
    this.keepBody = keepBody;
    this.onChunk = onChunk;
    this.expectedStatus = expectedStatus;
    this.onDone = onDone;
    this.wire = '';
    this.wireBody = undefined;
    this.retried = false;
    this.connection = undefined;
    this.status = 0;
    this.bytes = 0;
    this.body = undefined;
    this.requestId = undefined;
    this.retryAfterS = undefined;
    this.error = undefined;
    this.message = undefined;
    this.settled = false;
    this.resolve = undefined;
    this.failed = false;
    this.limit = 0;
    this.kept = undefined;
    this.keptBytes = 0;
    this.retryAfter = undefined;
    this.queuedIn = undefined;
    return this;
  }

  /** Made only when asked for: the engine's hot path takes the outcome by callback. */
  get outcome(): Promise<HttpOutcome> {
    return (this.promise ??= this.settled ? Promise.resolve(this) : new Promise((resolve) => (this.resolve = resolve)));
  }

  /** Ends the exchange with `error` (none: a complete response) and tells whoever waits. */
  private settle(error: HttpOutcome['error'], message: string | undefined): void {
    this.settled = true;
    this.error = error;
    this.message = message;
    this.kept = undefined;
    this.onDone?.(this);
    this.resolve?.(this);
  }

  /** Builds the request's bytes; returns what is wrong with it, if anything. */
  serialize(host: string): string | undefined {
    if (this.request.wire !== undefined) {
      this.wire = this.request.wire;
      this.wireBody = this.request.wireBody;
      return undefined;
    }
    const { method, path, headers, body } = this.request;
    if (BAD_PATH.test(path)) return `the path ${JSON.stringify(path.slice(0, 80))} has spaces or control characters: encode them`;
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

  onHead(head: ResponseHead): void {
    this.status = head.status;
    this.requestId = head.requestId;
    this.retryAfter = head.retryAfter;
    // A status the step's checks expect (say 404) is not a failure.
    this.failed = head.status >= 400 && !this.expectedStatus?.includes(head.status);
    this.limit = this.failed ? ERROR_BODY_LIMIT : this.keepBody ? KEEP_BODY_LIMIT : 0;
  }

  onBody(buffer: Buffer, start: number, end: number): void {
    this.bytes += end - start;
    if (this.onChunk && !this.failed) {
      const refused = this.onChunk(buffer, start, end);
      if (refused) return this.refuse(refused);
    }
    if (this.keptBytes < this.limit) {
      const take = Math.min(end - start, this.limit - this.keptBytes);
      // A copy: the socket reads into one buffer it reuses.
      (this.kept ??= []).push(Buffer.from(buffer.subarray(start, start + take)));
      this.keptBytes += take;
    }
  }

  finish(): void {
    if (this.settled) return;
    const text = this.kept ? (this.kept.length === 1 ? this.kept[0]! : Buffer.concat(this.kept)).toString('utf8') : '';
    if (!this.failed) {
      if (this.keepBody) this.body = text;
      this.settle(undefined, undefined);
      return;
    }
    const { status, requestId } = this;
    const { method, path } = this.request;
    const retryAfter = Number(this.retryAfter ?? NaN);
    if (Number.isFinite(retryAfter) && retryAfter >= 0) this.retryAfterS = retryAfter;
    this.settle(
      status === 429 ? 'http_429' : status >= 500 ? 'http_5xx' : 'http_4xx',
      // Scrubbed before the cut, so a secret straddling it cannot leave its first half behind.
      `${method} ${path} → ${status}${text ? `: ${scrub(text).replace(/\s+/g, ' ').slice(0, 200)}` : ''}${requestId ? ` [request id ${requestId}]` : ''}`,
    );
  }

  fail(error: unknown): void {
    if (this.settled) return;
    const kind = classifyError(error);
    const tls = kind === 'tls_error' ? ' (a self-signed or untrusted certificate? set insecure: true in the profile to accept it)' : '';
    this.settle(kind, `${this.request.method} ${this.request.path}: ${describeError(error)}${tls}`);
  }

  /** The body's reader refused the rest of it: drop the connection, whose framing is of no more use. */
  private refuse(reason: string): void {
    if (this.settled) return;
    this.settled = true; // before cutting the connection, whose close must not settle it again
    this.connection?.cut(this);
    this.settle('stream_error', `${this.request.method} ${this.request.path}: ${reason}`);
  }

  abort(reason: AbortReason): void {
    if (this.settled) return;
    this.settled = true; // before cutting the connection, whose close must not settle it again
    this.queuedIn?.unqueue(this);
    this.connection?.cut(this);
    const { method, path } = this.request;
    this.settle(
      reason === 'stop' ? 'interrupted' : 'timeout',
      `${method} ${path}: ${reason === 'stop' ? 'the run stopped' : 'no complete response before the timeout'}`,
    );
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
  private readonly queue: Exchange[] = [];
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

  dispatch(exchange: Exchange): void {
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

  private dequeue(): Exchange {
    const next = this.queue.shift()!;
    next.queuedIn = undefined;
    return next;
  }

  unqueue(exchange: Exchange): void {
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
  private exchange: Exchange | undefined;
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

  start(exchange: Exchange): void {
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
  cut(exchange: Exchange): void {
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

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') codes.push(e.code);
    if (e instanceof AggregateError) for (const inner of e.errors) codes.push(...errorCodes(inner));
  }
  return codes;
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|EPROTO/;

export function classifyError(error: unknown): ErrorKind {
  const codes = errorCodes(error);
  if (codes.some((c) => TLS_CODES.test(c))) return 'tls_error';
  if (codes.some((c) => c.startsWith('HPE_'))) return 'protocol_error'; // ours and llhttp's (undici) parse errors
  if (codes.includes('ECONNREFUSED')) return 'connection_refused';
  if (codes.some((c) => c.endsWith('_TIMEOUT') || c === 'ETIMEDOUT')) return 'timeout';
  if (codes.some((c) => ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED'].includes(c))) return 'connection_reset';
  return 'request_error';
}

function describeError(error: unknown): string {
  const e = error as { message?: string; code?: string; cause?: { message?: string; code?: string } };
  const cause = e.cause?.message && e.cause.message !== e.message ? ` (${e.cause.message})` : '';
  return `${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}${cause}`;
}
