import * as hdr from 'hdr-histogram-js';
import { describe, expect, it } from 'vitest';
import { createHistogram, decodeHistogram, encodeHistogram, recordMs, type Histogram } from '../../src/metrics/histogram.js';

/** Everything a histogram's readers use: counts per bucket, total, min, max. */
function shape(h: Histogram) {
  const js = h as unknown as hdr.JsHistogram;
  const counts: [number, number][] = [];
  for (let i = 0; i < js.countsArrayLength; i++) if (js.getCountAtIndex(i)) counts.push([i, js.getCountAtIndex(i)]);
  return { counts, total: h.totalCount, max: h.maxValue, min: h.minNonZeroValue, p99: h.getValueAtPercentile(99) };
}

function filled(): Histogram {
  const h = createHistogram();
  // Zeros, single values, long empty runs, a count over 2^14 (a three-byte word) and the top of the range.
  recordMs(h, 0);
  for (let i = 0; i < 20_000; i++) recordMs(h, 5);
  for (let i = 0; i < 3000; i++) recordMs(h, Math.random() ** 4 * 60_000);
  recordMs(h, 3_600_000);
  return h;
}

describe('HdrHistogram V2 encoding', () => {
  it("is read by hdr-histogram-js's decoder as the histogram it was", () => {
    const h = filled();
    expect(shape(hdr.decodeFromCompressedBase64(encodeHistogram(h)))).toEqual(shape(decodeHistogram(encodeHistogram(h))));
    expect(shape(hdr.decodeFromCompressedBase64(encodeHistogram(h))).counts).toEqual(shape(h).counts);
  });

  it("reads hdr-histogram-js's encoding (results and baselines written before) as the same histogram", () => {
    const h = filled();
    const library = hdr.decodeFromCompressedBase64(hdr.encodeIntoCompressedBase64(h));
    const ours = decodeHistogram(hdr.encodeIntoCompressedBase64(h));
    expect(shape(ours)).toEqual(shape(library));
    expect(shape(ours).counts).toEqual(shape(h).counts);
    expect(ours.totalCount).toBe(23_002);
  });

  it('round-trips an empty histogram', () => {
    const decoded = decodeHistogram(encodeHistogram(createHistogram()));
    expect(decoded.totalCount).toBe(0);
    expect(shape(decoded).counts).toEqual([]);
  });

  it('says plainly what is wrong with a corrupt encoding', () => {
    const good = encodeHistogram(filled());
    expect(() => decodeHistogram('not base64 at all')).toThrow(/not a compressed HdrHistogram/);
    const bytes = Buffer.from(good, 'base64');
    bytes[12] = bytes[12]! ^ 0xff; // inside the zlib stream
    expect(() => decodeHistogram(bytes.toString('base64'))).toThrow(/corrupt/);
    expect(() => decodeHistogram(good.slice(0, 24))).toThrow(/corrupt|cut short/);
  });
});
