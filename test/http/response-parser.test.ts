import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponseParseError, ResponseParser } from '../../src/http/response-parser.js';
import type { ResponseHead } from '../../src/http/transport.js';

interface Parsed {
  heads: ResponseHead[];
  body: string;
  complete: boolean;
  used: number;
}

/**
 * Feeds `wire` to a fresh parser in pieces cut at `cuts`, each copied into one reused buffer that holds
 * stale bytes past the piece (line ends, a blank line), as the client's shared read buffer does; returns
 * what the sink saw.
 */
function parse(wire: string | Buffer, cuts: number[] = [], method = 'GET'): Parsed {
  const stale = '\r\n\r\n0\r\n\r\nHTTP/1.1 200 OK\r\n\n';
  const bytes = typeof wire === 'string' ? Buffer.from(wire, 'latin1') : wire;
  const shared = Buffer.alloc(bytes.length + 64);
  const heads: ResponseHead[] = [];
  const parts: Buffer[] = [];
  const parser = new ResponseParser({
    onHead: (head) => heads.push({ ...head }),
    onBody: (buffer, start, end) => parts.push(Buffer.from(buffer.subarray(start, end))),
  });
  parser.expect(method);
  let used = 0;
  const points = [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...points, bytes.length]) {
    if (parser.complete) break;
    shared.fill(stale, 'latin1');
    bytes.copy(shared, 0, from, to);
    used += parser.push(shared, to - from);
    from = to;
  }
  return { heads, body: Buffer.concat(parts).toString('utf8'), complete: parser.complete, used };
}

const chunked =
  'HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\nX-Request-Id: abc-1\r\n\r\n' +
  '7\r\ndata: 1\r\n' +
  'a;ext=1\r\n\n\ndata: 2\n\r\n' +
  '0\r\nx-trailer: t\r\n\r\n';

describe('HTTP/1.1 response parser', () => {
  it('reads a content-length response and the head fields the engine uses', () => {
    const wire = 'HTTP/1.1 429 Too Many Requests\r\ncontent-length: 5\r\nRetry-After: 2\r\nx-request-id: r-9\r\n\r\nslow!';
    const parsed = parse(wire);
    expect(parsed.heads).toEqual([{ status: 429, keepAlive: true, retryAfter: '2', requestId: 'r-9' }]);
    expect(parsed.body).toBe('slow!');
    expect(parsed.complete).toBe(true);
    expect(parsed.used).toBe(wire.length);
  });

  it('decodes chunked bodies (extensions and trailers included) however the bytes are split', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: chunked.length - 1 }), { maxLength: 12 }), (cuts) => {
        const parsed = parse(chunked, cuts);
        expect(parsed.body).toBe('data: 1\n\ndata: 2\n');
        expect(parsed.heads.map((h) => h.requestId)).toEqual(['abc-1']);
        expect(parsed.complete).toBe(true);
        expect(parsed.used).toBe(chunked.length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads chunk sizes in either case, with spaces and extensions, and names a bad one', () => {
    const head = 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n';
    const body = `A \t;name="x;y"\r\n${'0123456789'}\r\n1b\r\n${'z'.repeat(27)}\r\n0;last\r\n\r\n`;
    for (const cuts of [[], [head.length + 1], [head.length + 5, head.length + 20]]) {
      const parsed = parse(head + body, cuts);
      expect(parsed.body).toBe(`0123456789${'z'.repeat(27)}`);
      expect(parsed.complete).toBe(true);
    }
    expect(() => parse(`${head}1 2\r\nab\r\n`)).toThrow(/invalid chunk size: "1 2"/);
    expect(() => parse(`${head}\r\n`)).toThrow(/invalid chunk size/);
    expect(() => parse(`${head};x\r\n`)).toThrow(/invalid chunk size: ";"/);
    expect(() => parse(`${head}${'f'.repeat(13)}\r\n`)).toThrow(/invalid chunk size/);
    expect(() => parse(`${head}1;${'e'.repeat(9000)}\r\n`)).toThrow(/chunk-size line is too long/);
    expect(() => parse(`${head}0\r\n${'t'.repeat(9000)}\r\n\r\n`)).toThrow(/trailer line is too long/);
  });

  it('keeps multi-byte characters intact across splits of a content-length body', () => {
    const body = Buffer.from('héllo → wörld ✓', 'utf8');
    const wire = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\n\r\n`, 'latin1'), body]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: wire.length - 1 }), { maxLength: 8 }), (cuts) => {
        expect(parse(wire, cuts).body).toBe('héllo → wörld ✓');
      }),
      { numRuns: 200 },
    );
  });

  it('skips 1xx answers, and reads no body for HEAD, 204 and 304', () => {
    const early = parse('HTTP/1.1 103 Early Hints\r\nlink: </a>\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok');
    expect(early.heads.map((h) => h.status)).toEqual([200]);
    expect(early.body).toBe('ok');
    expect(parse('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n', [], 'HEAD').complete).toBe(true);
    expect(parse('HTTP/1.1 204 No Content\r\n\r\n').complete).toBe(true);
    expect(parse('HTTP/1.1 304 Not Modified\r\ncontent-length: 10\r\n\r\n').complete).toBe(true);
  });

  it('reads a body without framing until the connection closes, and never reuses that connection', () => {
    const heads: ResponseHead[] = [];
    let body = '';
    const parser = new ResponseParser({ onHead: (h) => heads.push({ ...h }), onBody: (b, s, e) => (body += b.toString('utf8', s, e)) });
    parser.expect('GET');
    parser.push(Buffer.from('HTTP/1.0 200 OK\r\n\r\npart one, '));
    parser.push(Buffer.from('part two'));
    expect(parser.complete).toBe(false);
    expect(parser.close()).toBe(true);
    expect(body).toBe('part one, part two');
    expect(heads[0]!.keepAlive).toBe(false);
  });

  it('tells a response cut short from a complete one', () => {
    const parser = new ResponseParser({ onHead: () => undefined, onBody: () => undefined });
    parser.expect('GET');
    expect(parser.started).toBe(false);
    parser.push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc'));
    expect(parser.started).toBe(true);
    expect(parser.close()).toBe(false);
  });

  it('honours Connection: close and HTTP/1.0 keep-alive', () => {
    expect(parse('HTTP/1.1 200 OK\r\nConnection: close\r\ncontent-length: 0\r\n\r\n').heads[0]!.keepAlive).toBe(false);
    expect(parse('HTTP/1.0 200 OK\r\nConnection: keep-alive\r\ncontent-length: 0\r\n\r\n').heads[0]!.keepAlive).toBe(true);
    expect(parse('HTTP/1.0 200 OK\r\ncontent-length: 0\r\n\r\n').heads[0]!.keepAlive).toBe(false);
  });

  it('stops at the end of the response and says how many bytes were its own', () => {
    const wire = 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n';
    const parsed = parse(wire);
    expect(parsed.body).toBe('ok');
    expect(parsed.used).toBe(wire.indexOf('okHTTP') + 2);
  });

  it('rejects what is not HTTP/1.x with an error that shows it', () => {
    expect(() => parse('SSH-2.0-OpenSSH_9.6\r\n\r\n')).toThrow(/not an HTTP\/1.x status line: "SSH-2.0-OpenSSH_9.6"/);
    expect(() => parse('HTTP/1.1 200 OK\r\ncontent-length: 12x\r\n\r\n')).toThrow(ResponseParseError);
    expect(() => parse('HTTP/1.1 200 OK\r\nContent-Length: 2\r\ncontent-length: 3\r\n\r\nabc')).toThrow(/invalid content-length: "3"/);
    expect(() => parse('HTTP/1.1 200 OK\r\ncontent-length:\r\n\r\n')).toThrow(/invalid content-length/);
    expect(() => parse('HTTP/1.1 2x0 OK\r\n\r\n')).toThrow(/not an HTTP\/1.x status line/);
    expect(() => parse('HTTP/1.1 200 OK\r\nx: 1\rcontent-length: 2\r\n\r\nok')).toThrow(/ends in CR without LF/);
    // Spaces around the value and repeated equal values are fine; the name's case is not significant.
    expect(parse('HTTP/1.1 200 OK\r\nCONTENT-LENGTH: \t2 \r\ncontent-length: 2\r\n\r\nok').body).toBe('ok');
    expect(() => parse('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n')).toThrow(/invalid chunk size/);
    expect(() => parse('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nabc\r\n')).toThrow(/longer than its size/);
    expect(() => parse(`HTTP/1.1 200 OK\r\nx: ${'a'.repeat(70_000)}`)).toThrow(/head is over/);
  });

  it('holds the 64 KiB head cap exactly, whether the head comes in one read or in two', () => {
    const head = (bytes: number) => {
      const start = 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\nx: ';
      return `${start}${'a'.repeat(bytes - start.length - 4)}\r\n\r\nok`;
    };
    expect(parse(head(64 * 1024)).body).toBe('ok');
    expect(() => parse(head(64 * 1024 + 1))).toThrow(/the response head is over 65536 bytes/);
    expect(() => parse(head(127 * 1024))).toThrow(/head is over/); // complete in one read
    expect(() => parse(head(127 * 1024), [64 * 1024 - 10])).toThrow(/head is over/); // begun in one read, ended in the next
  });
});
