import { HttpClient } from './fast.js';
import type { HttpOutcome, Transport, TransportKind } from './transport.js';

export interface TransportSettings {
  /** `auto`: undici when a proxy applies or HTTP/2 is asked for, else fast. */
  transport: 'auto' | TransportKind;
  version: '1.1' | '2';
}

export interface TransportChoice {
  kind: TransportKind;
  /** Why, in words (kept in the results' meta). */
  reason: string;
  /** The environment's proxies, when one applies to an origin of the run. */
  proxy: { http?: string; https?: string; noProxy?: string } | undefined;
}

/** `NAME` or `name` from the environment, the lower-case one first (as curl and undici read them). */
const envOf = (env: NodeJS.ProcessEnv, name: string) => env[name.toLowerCase()] || env[name] || undefined;

/** Whether NO_PROXY exempts `url`: `*`, a host, `.suffix` or `*.suffix`, each with an optional `:port`. */
export function noProxyExempts(url: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const match = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase().replace(/^\*\./, '.'))!;
      const [name, entryPort] = [match[1]!.replace(/^\[|\]$/g, '').replace(/\.$/, ''), match[2]];
      if (entryPort && entryPort !== port) return false;
      return name.startsWith('.') ? host.endsWith(name) || host === name.slice(1) : host === name;
    });
}

/** The proxy the environment gives for `url`, as undici's EnvHttpProxyAgent picks it; undefined when none. */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  const proxy = url.protocol === 'https:' ? (envOf(env, 'HTTPS_PROXY') ?? envOf(env, 'HTTP_PROXY')) : envOf(env, 'HTTP_PROXY');
  return proxy && !noProxyExempts(url, envOf(env, 'NO_PROXY')) ? proxy : undefined;
}

/** Which transport a run takes to reach `origins`, and why. */
export function chooseTransport(settings: TransportSettings, origins: string[], env: NodeJS.ProcessEnv = process.env): TransportChoice {
  const proxied = origins.find((origin) => proxyFor(new URL(origin), env));
  const proxy = proxied
    ? { http: envOf(env, 'HTTP_PROXY'), https: envOf(env, 'HTTPS_PROXY') ?? envOf(env, 'HTTP_PROXY'), noProxy: envOf(env, 'NO_PROXY') }
    : undefined;
  if (settings.transport === 'fast') return { kind: 'fast', reason: 'http.transport: fast', proxy: undefined };
  if (settings.transport === 'undici') return { kind: 'undici', reason: 'http.transport: undici', proxy };
  if (settings.version === '2') return { kind: 'undici', reason: 'HTTP/2 asked for (http.version: 2)', proxy };
  if (proxied) return { kind: 'undici', reason: `a proxy applies to ${proxied} (HTTP(S)_PROXY, NO_PROXY)`, proxy };
  return { kind: 'fast', reason: 'auto: no proxy applies and HTTP/1.1 is asked for', proxy };
}

export interface TransportOptions {
  connections: number;
  insecure?: boolean;
  /** Fast transport: most new connections a millisecond. */
  opensPerMs?: number;
}

/**
 * The transport `choice` names. undici is loaded only when it is chosen: a run on the fast transport
 * starts without it (start-up time), and on a Node older than undici needs (22.19).
 */
export async function createTransport(choice: TransportChoice, settings: TransportSettings, options: TransportOptions): Promise<Transport> {
  if (choice.kind === 'fast') return new HttpClient(options);
  const { UndiciTransport } = await import('./undici.js');
  return new UndiciTransport({
    connections: options.connections,
    insecure: options.insecure,
    proxy: choice.proxy,
    http2: settings.version === '2',
  });
}

/** A transport for a few checks of `urls` (health, a metrics endpoint), chosen as a run's would be. */
export function transportFor(urls: readonly string[], settings: TransportSettings, insecure = false): Promise<Transport> {
  const origins = [...new Set(urls.map((url) => new URL(url).origin))];
  return createTransport(chooseTransport(settings, origins), settings, { connections: 2, insecure });
}

/** One GET of `url` through `transport`, cut off after `timeoutMs`: its outcome (body kept). */
export async function getOnce(transport: Transport, url: string, timeoutMs: number): Promise<HttpOutcome> {
  const { origin, pathname, search } = new URL(url);
  const pending = transport.send({ origin, path: pathname + search, method: 'GET', headers: {} }, true);
  const timer = setTimeout(() => pending.abort('timeout'), timeoutMs);
  try {
    return await pending.outcome;
  } finally {
    clearTimeout(timer);
  }
}
