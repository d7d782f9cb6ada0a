import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent } from '../../src/protocols/sse.js';

function parse(chunks: (string | Buffer)[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = new SseParser((e) => events.push(e));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return events;
}

const STREAM =
  ': keep-alive comment\r\n' +
  'event: message_start\r\ndata: {"type":"message_start"}\r\n\r\n' +
  'data: first line\ndata:second line\ndata:  two spaces\n\n' +
  'id: 7\nevent: delta\ndata: {"text":"héllo ✓ 🚀"}\n\n' +
  'data\n\n' +
  'retry: 1000\nunknown: field\n\n' +
  'data: [DONE]\r\r';

const EXPECTED: SseEvent[] = [
  { event: 'message_start', data: '{"type":"message_start"}', id: undefined },
  { event: 'message', data: 'first line\nsecond line\n two spaces', id: undefined },
  { event: 'delta', data: '{"text":"héllo ✓ 🚀"}', id: '7' },
  { event: 'message', data: '', id: '7' },
  { event: 'message', data: '[DONE]', id: '7' },
];

describe('SseParser', () => {
  it('parses comments, event names, multi-line data, ids, CRLF, CR and LF', () => {
    expect(parse([STREAM])).toEqual(EXPECTED);
  });

  it('gives the same events however the bytes are split: every single split point', () => {
    const bytes = Buffer.from(STREAM, 'utf8');
    for (let at = 0; at <= bytes.length; at++) {
      expect(parse([bytes.subarray(0, at), bytes.subarray(at)]), `split at byte ${at}`).toEqual(EXPECTED);
    }
  });

  it('gives the same events when every byte arrives alone, and for random multi-way splits', () => {
    const bytes = Buffer.from(STREAM, 'utf8');
    expect(parse([...bytes].map((b) => Buffer.from([b])))).toEqual(EXPECTED);
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length;) {
        const size = 1 + Math.floor(random() * 12);
        chunks.push(bytes.subarray(at, at + size));
        at += size;
      }
      expect(parse(chunks)).toEqual(EXPECTED);
    }
  });

  it('reads byte ranges of a shared buffer that the next read overwrites', () => {
    const bytes = Buffer.from(STREAM, 'utf8');
    const shared = Buffer.alloc(bytes.length + 16);
    for (let at = 0; at <= bytes.length; at++) {
      const events: SseEvent[] = [];
      const parser = new SseParser((e) => events.push(e));
      for (const [from, to] of [
        [0, at],
        [at, bytes.length],
      ] as const) {
        shared.fill(0xe2); // the lead byte of a 3-byte character: a stale byte read as data would show
        bytes.copy(shared, 3, from, to);
        parser.push(shared, 3, 3 + to - from);
      }
      parser.end();
      expect(events, `split at byte ${at}`).toEqual(EXPECTED);
    }
  });

  it('is as new after end(): nothing of a cut-off stream reaches the next', () => {
    const events: SseEvent[] = [];
    const parser = new SseParser((e) => events.push(e));
    const cut = Buffer.from('id: 4\nevent: delta\ndata: half ✓', 'utf8');
    parser.push(cut.subarray(0, cut.length - 1)); // ends inside the ✓
    parser.push('data: and a CR\r');
    parser.end();
    parser.push(Buffer.from('\ndata: fresh\n\n'));
    expect(events).toEqual([{ event: 'message', data: 'fresh', id: undefined }]);
  });

  it('drops an event left without its closing blank line', () => {
    expect(parse(['data: complete\n\ndata: cut off'])).toEqual([{ event: 'message', data: 'complete', id: undefined }]);
  });

  it('keeps only the unfinished line, not the stream', () => {
    const parser = new SseParser(() => undefined);
    for (let i = 0; i < 10_000; i++) parser.push(`data: {"i":${i}}\n\n`);
    parser.push('data: partial');
    expect((parser as unknown as { partial: string }).partial).toBe('data: partial');
  });
});
