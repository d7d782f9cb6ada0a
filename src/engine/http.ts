import { Agent } from 'undici';
import type { ErrorKind } from '../metrics/recorder.js';

export interface HttpRequest {
  origin: string;
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
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

/** Why the engine aborted a request: its deadline passed, or the run is stopping. */
export const ABORT_TIMEOUT = 'timeout';
export const ABORT_STOP = 'stop';

const KEEP_BODY_LIMIT = 8 * 1024 * 1024;
const ERROR_BODY_LIMIT = 512;
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-correlation-id'];

export interface HttpClientOptions {
  /** Most connections per origin; the closed model needs one per VU. */
  connections: number;
  timeoutMs: number;
  /** Accept self-signed and otherwise untrusted TLS certificates (profile `insecure: true`). */
  insecure?: boolean;
}

/** undici with keep-alive connection reuse; every body is read to the end so connections stay reusable. */
export class HttpClient {
  private readonly agent: Agent;

  constructor(options: HttpClientOptions) {
    this.agent = new Agent({
      connections: options.connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 600_000,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connect: { timeout: Math.min(options.timeoutMs, 30_000), rejectUnauthorized: !options.insecure },
    });
  }

  /**
   * Sends a request and reads its body to the end. `keepBody` keeps the text (for captures and JSON
   * replies); `onChunk` sees each chunk of a successful response as it arrives (for streams);
   * `expectedStatus` lists statuses that are not failures even when ≥ 400.
   */
  async send(
    request: HttpRequest,
    keepBody: boolean,
    signal: AbortSignal,
    onChunk?: (chunk: Buffer) => void,
    expectedStatus?: readonly number[],
  ): Promise<HttpOutcome> {
    let status = 0;
    let bytes = 0;
    let requestId: string | undefined;
    try {
      const response = await this.agent.request({
        origin: request.origin,
        path: request.path,
        method: request.method as 'GET',
        headers: request.headers,
        body: request.body,
        signal,
      });
      status = response.statusCode;
      requestId = findRequestId(response.headers);
      // A status the step's checks expect (say 404) is not a failure.
      const failed = status >= 400 && !expectedStatus?.includes(status);
      const limit = failed ? ERROR_BODY_LIMIT : keepBody ? KEEP_BODY_LIMIT : 0;
      let kept = '';
      const consume = failed ? undefined : onChunk;
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (consume) consume(chunk);
        if (kept.length < limit) kept += chunk.toString('utf8', 0, Math.min(chunk.length, limit - kept.length));
      }
      if (failed) {
        const retryAfter = Number(response.headers['retry-after']);
        return {
          status,
          bytes,
          requestId,
          ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterS: retryAfter } : {}),
          error: status === 429 ? 'http_429' : status >= 500 ? 'http_5xx' : 'http_4xx',
          message: `${request.method} ${request.path} → ${status}${kept ? `: ${kept.replace(/\s+/g, ' ').slice(0, 200)}` : ''}${requestId ? ` [request id ${requestId}]` : ''}`,
        };
      }
      return { status, bytes, requestId, body: keepBody ? kept : undefined };
    } catch (error) {
      const kind = signal.aborted ? (signal.reason === ABORT_STOP ? 'interrupted' : 'timeout') : classifyError(error);
      const tls = kind === 'tls_error' ? ' (a self-signed or untrusted certificate? set insecure: true in the profile to accept it)' : '';
      const detail =
        signal.aborted && signal.reason === ABORT_TIMEOUT ? 'no complete response before the timeout' : describeError(error) + tls;
      return { status, bytes, requestId, error: kind, message: `${request.method} ${request.path}: ${detail}` };
    }
  }

  async close(): Promise<void> {
    await this.agent.destroy();
  }
}

function findRequestId(headers: Record<string, string | string[] | undefined>): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers[name];
    if (value) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

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
