import { deflateSync, inflateSync } from 'node:zlib';
import type { JsHistogram } from 'hdr-histogram-js/dist/JsHistogram.js';

/*
 * HdrHistogram's compressed V2 encoding, which its Java, C, Go and JavaScript versions all read: base64 of
 * [cookie, length, zlib(deflate) of [cookie, payload length, normalizing offset, significant digits,
 * lowest, highest, conversion ratio, counts]], big-endian, the counts as ZigZag LEB128 with a run of zeros
 * written as its negated length. Written here on Node's zlib because hdr-histogram-js's own encoder loads
 * pako and its WebAssembly build as it is imported: a sixth of the CLI's start-up.
 */
const COOKIE = 0x1c849303 | 0x10;
const COMPRESSED_COOKIE = 0x1c849304 | 0x10;
const COOKIE_BASE_MASK = ~0xf0;
const HEADER_BYTES = 40;
/** A ZigZag LEB128-64b9B word takes at most nine bytes. */
const MAX_WORD_BYTES = 9;
const TWO_POW_32 = 2 ** 32;

export class HistogramEncodingError extends Error {}

export function encodeCompressed(histogram: JsHistogram): string {
  const end = Math.min(histogram.countsArrayIndex(histogram.maxValue) + 1, histogram.countsArrayLength);
  const raw = Buffer.allocUnsafe(HEADER_BYTES + end * MAX_WORD_BYTES);
  raw.writeInt32BE(COOKIE, 0);
  raw.writeInt32BE(0, 8); // normalizing index offset
  raw.writeInt32BE(histogram.numberOfSignificantValueDigits, 12);
  writeInt64(raw, 16, histogram.lowestDiscernibleValue);
  writeInt64(raw, 24, histogram.highestTrackableValue);
  raw.writeDoubleBE(1, 32); // integer-to-double conversion ratio
  let at = HEADER_BYTES;
  for (let i = 0; i < end;) {
    const count = histogram.getCountAtIndex(i++);
    let zeros = 0;
    if (count === 0) for (zeros = 1; i < end && histogram.getCountAtIndex(i) === 0; i++) zeros++;
    at = writeZigZag(raw, at, zeros > 1 ? -zeros : count);
  }
  raw.writeInt32BE(at - HEADER_BYTES, 4);
  const compressed = deflateSync(raw.subarray(0, at));
  const head = Buffer.allocUnsafe(8);
  head.writeInt32BE(COMPRESSED_COOKIE, 0);
  head.writeInt32BE(compressed.length, 4);
  return Buffer.concat([head, compressed]).toString('base64');
}

/** Reads an encoding into a histogram made by `create` with the encoded range and precision. */
export function decodeCompressed<H extends JsHistogram>(
  encoded: string,
  create: (lowest: number, highest: number, significantDigits: number) => H,
): H {
  const data = Buffer.from(encoded.trim(), 'base64');
  if (data.length < 8 || (data.readInt32BE(0) & COOKIE_BASE_MASK) !== (COMPRESSED_COOKIE & COOKIE_BASE_MASK))
    throw new HistogramEncodingError('not a compressed HdrHistogram (V2) encoding');
  let raw: Buffer;
  try {
    raw = inflateSync(data.subarray(8, 8 + data.readInt32BE(4)));
  } catch (error) {
    throw new HistogramEncodingError(`the histogram's compressed data is corrupt (${(error as Error).message})`);
  }
  if (raw.length < HEADER_BYTES || (raw.readInt32BE(0) & COOKIE_BASE_MASK) !== (COOKIE & COOKIE_BASE_MASK))
    throw new HistogramEncodingError('the compressed data is not an HdrHistogram (V2) encoding');
  const payloadEnd = HEADER_BYTES + raw.readInt32BE(4);
  if (payloadEnd > raw.length) throw new HistogramEncodingError('the histogram encoding is cut short');
  const histogram = create(readInt64(raw, 16), readInt64(raw, 24), raw.readInt32BE(12));
  let index = 0;
  for (let at = HEADER_BYTES; at < payloadEnd;) {
    let value = 0;
    let scale = 1;
    for (let k = 0; ; k++) {
      const byte = raw[at++];
      if (byte === undefined) throw new HistogramEncodingError('the histogram encoding is cut short');
      if (k === MAX_WORD_BYTES - 1) {
        value += byte * scale; // the ninth byte carries eight bits
        break;
      }
      value += (byte & 0x7f) * scale;
      scale *= 128;
      if (byte < 0x80) break;
    }
    const count = value % 2 === 0 ? value / 2 : -(value + 1) / 2;
    if (count < 0)
      index -= count; // a run of zeros
    else {
      if (index >= histogram.countsArrayLength) throw new HistogramEncodingError('the histogram encoding has counts past its range');
      histogram.setCountAtIndex(index++, count);
    }
  }
  histogram.establishInternalTackingValues(Math.min(index, histogram.countsArrayLength));
  return histogram;
}

function writeZigZag(buffer: Buffer, at: number, signed: number): number {
  let value = signed >= 0 ? signed * 2 : -signed * 2 - 1;
  for (let k = 0; k < MAX_WORD_BYTES - 1; k++) {
    if (value < 0x80) {
      buffer[at++] = value;
      return at;
    }
    buffer[at++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  buffer[at++] = value;
  return at;
}

function writeInt64(buffer: Buffer, at: number, value: number): void {
  buffer.writeUInt32BE(Math.floor(value / TWO_POW_32), at);
  buffer.writeUInt32BE(value % TWO_POW_32, at + 4);
}

function readInt64(buffer: Buffer, at: number): number {
  return buffer.readUInt32BE(at) * TWO_POW_32 + buffer.readUInt32BE(at + 4);
}
