import type { HttpRequest } from './transport.js';

/** Headers that hold a credential: not carried to another origin (as browsers, curl and k6 do). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * The request a 3xx answer to `request` points to (RFC 9110 §15.4), or undefined when it points nowhere
 * a load test may go (no usable Location, not http(s)). 303, and 301/302 to a POST, become a GET without
 * a body, as every client does; 307 and 308 keep the method and body.
 */
export function redirectedRequest(request: HttpRequest, status: number, location: string): HttpRequest | undefined {
  let url: URL;
  try {
    url = new URL(location, request.origin + request.path);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const toGet = (status === 303 && request.method !== 'HEAD') || ((status === 301 || status === 302) && request.method === 'POST');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (toGet && name === 'content-type') continue;
    if (url.origin !== request.origin && (CREDENTIALS.includes(name) || name === 'host')) continue;
    headers[name] = value;
  }
  return {
    origin: url.origin,
    path: url.pathname + url.search,
    method: toGet ? 'GET' : request.method,
    headers,
    ...(toGet || request.body === undefined ? {} : { body: request.body }),
  };
}
