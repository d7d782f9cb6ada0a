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
