import { describe, expect, it } from 'vitest';
import { chooseTransport, noProxyExempts, proxyFor } from '../../src/http/choose.js';

describe('which transport a run takes', () => {
  const auto = { transport: 'auto', version: '1.1' } as const;

  it('reads HTTP(S)_PROXY as curl and undici do: lower case first, https falls back to http_proxy', () => {
    const https = new URL('https://api.example.com/v1');
    const http = new URL('http://api.example.com/v1');
    expect(proxyFor(https, { HTTPS_PROXY: 'http://p:1' })).toBe('http://p:1');
    expect(proxyFor(https, { HTTP_PROXY: 'http://p:2' })).toBe('http://p:2');
    expect(proxyFor(http, { HTTPS_PROXY: 'http://p:1' })).toBeUndefined();
    expect(proxyFor(http, { http_proxy: 'http://lower:1', HTTP_PROXY: 'http://upper:1' })).toBe('http://lower:1');
  });

  it('minds NO_PROXY: *, hosts, .suffix and *.suffix, ports, IPv6 literals', () => {
    const url = (u: string) => new URL(u);
    expect(noProxyExempts(url('http://a.example.com'), '*')).toBe(true);
    expect(noProxyExempts(url('http://a.example.com'), '.example.com')).toBe(true);
    expect(noProxyExempts(url('http://example.com'), '.example.com')).toBe(true);
    expect(noProxyExempts(url('http://a.example.com'), '*.example.com')).toBe(true);
    expect(noProxyExempts(url('http://badexample.com'), '.example.com')).toBe(false);
    expect(noProxyExempts(url('http://127.0.0.1:8000'), 'localhost, 127.0.0.1')).toBe(true);
    expect(noProxyExempts(url('http://127.0.0.1:8000'), '127.0.0.1:9000')).toBe(false);
    expect(noProxyExempts(url('http://[::1]:8000'), '[::1]:8000')).toBe(true);
    expect(noProxyExempts(url('https://example.com'), 'example.com:443')).toBe(true);
    expect(noProxyExempts(url('http://example.com'), '')).toBe(false);
  });

  it('auto takes undici for a proxy or HTTP/2 and says why, fast otherwise; an explicit choice wins', () => {
    expect(chooseTransport(auto, ['http://127.0.0.1:8000'], {})).toMatchObject({ kind: 'fast', proxy: undefined });
    expect(chooseTransport(auto, ['http://svc:8000'], { HTTP_PROXY: 'http://p:3128' })).toMatchObject({
      kind: 'undici',
      proxy: { http: 'http://p:3128', https: 'http://p:3128' },
      reason: 'a proxy applies to http://svc:8000 (HTTP(S)_PROXY, NO_PROXY)',
    });
    expect(chooseTransport(auto, ['http://svc:8000'], { HTTP_PROXY: 'http://p:3128', NO_PROXY: 'svc' }).kind).toBe('fast');
    expect(chooseTransport({ transport: 'auto', version: '2' }, ['https://svc'], {}).reason).toBe('HTTP/2 asked for (http.version: 2)');
    expect(chooseTransport({ transport: 'fast', version: '1.1' }, ['http://svc'], { HTTP_PROXY: 'http://p:1' })).toMatchObject({
      kind: 'fast',
      proxy: undefined,
    });
    expect(chooseTransport({ transport: 'undici', version: '1.1' }, ['http://svc'], {}).kind).toBe('undici');
  });
});
