import { describe, expect, it } from 'vitest';
import { redirectedRequest } from '../../src/http/redirect.js';

describe('following a redirect (RFC 9110 §15.4)', () => {
  const post = {
    origin: 'http://a.test:8000',
    path: '/v1/form?x=1',
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer t', 'x-k': 'v' },
    body: '{"a":1}',
  };

  it('resolves the Location against the request, relative or absolute', () => {
    expect(redirectedRequest(post, 307, '../next?y=2')).toMatchObject({ origin: 'http://a.test:8000', path: '/next?y=2' });
    expect(redirectedRequest(post, 307, 'https://b.test/z')).toMatchObject({ origin: 'https://b.test', path: '/z' });
  });

  it('makes 303, and 301/302 to a POST, a GET without a body; 307 and 308 keep method and body', () => {
    for (const status of [301, 302, 303]) {
      const next = redirectedRequest(post, status, '/done')!;
      expect(next.method).toBe('GET');
      expect(next.body).toBeUndefined();
      expect(next.headers['content-type']).toBeUndefined();
    }
    for (const status of [307, 308]) expect(redirectedRequest(post, status, '/again')).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(redirectedRequest({ ...post, method: 'PUT' }, 301, '/p')!.method).toBe('PUT');
  });

  it('keeps credentials on the same origin only', () => {
    expect(redirectedRequest(post, 307, '/same')!.headers.authorization).toBe('Bearer t');
    const away = redirectedRequest(post, 307, 'http://evil.test/')!;
    expect(away.headers.authorization).toBeUndefined();
    expect(away.headers['x-k']).toBe('v');
  });

  it('goes nowhere a load test may not: another scheme, or a Location that is no URL', () => {
    expect(redirectedRequest(post, 302, 'ftp://files.test/x')).toBeUndefined();
    expect(redirectedRequest(post, 302, 'http://[bad')).toBeUndefined();
  });
});
