import { describe, expect, it } from 'vitest';
import { parseMetricKey } from '../../src/thresholds/metrics.js';
import { parseThreshold, passes } from '../../src/thresholds/grammar.js';
import { samplesNeeded } from '../../src/gate/samples.js';

describe('parseThreshold', () => {
  it.each([
    ['<50ms', '<', 50, 'ms', undefined],
    ['<=2s', '<=', 2000, 'ms', undefined],
    ['< 1.5 s', '<', 1500, 'ms', undefined],
    ['<1m', '<', 60_000, 'ms', undefined],
    ['<250us', '<', 0.25, 'ms', undefined],
    ['>1000', '>', 1000, 'number', undefined],
    ['>=99.5%', '>=', 0.995, 'ratio', undefined],
    ['<0.1%', '<', 0.001, 'ratio', undefined],
    ['>40 rps', '>', 40, 'number', undefined],
    ['>=1200 tokens/s', '>=', 1200, 'number', undefined],
    ['p(95)<500', '<', 500, 'ms', 'p95'],
    ['p(99.9)<=2s', '<=', 2000, 'ms', 'p999'],
    ['p(50) < 200ms', '<', 200, 'ms', 'p50'],
    ['rate<0.01', '<', 0.01, 'ratio', undefined],
    ['rate >= 0.99', '>=', 0.99, 'ratio', undefined],
  ])('%s', (source, op, value, unit, stat) => {
    const t = parseThreshold(source);
    expect([t.op, t.unit, t.stat]).toEqual([op, unit, stat]);
    expect(t.value).toBeCloseTo(value as number, 9);
  });

  it.each(['50ms', '<fast', '<<5', '<5 parsecs', '', 'rate<1%'])('rejects %j', (source) => {
    expect(() => parseThreshold(source)).toThrow();
  });

  it.each([
    ['<50ms', 49.9, true],
    ['<50ms', 50, false],
    ['<=50ms', 50, true],
    ['>1000', 1000, false],
    ['>=1000', 1000, true],
    ['<0.1%', 0.0009, true],
    ['<0.1%', 0.001, false],
  ] as const)('%s with %d passes: %s', (source, value, ok) => {
    expect(passes(value, parseThreshold(source))).toBe(ok);
  });
});

describe('metric keys', () => {
  it('reads names, statistics and selectors', () => {
    expect(parseMetricKey('latency.p95')).toMatchObject({ name: 'latency', stat: 'p95', selector: undefined });
    expect(parseMetricKey('ttft.p99.9')).toMatchObject({ name: 'ttft', stat: 'p999' });
    expect(parseMetricKey('latency.p95{POST /chat}')).toMatchObject({ selector: { kind: 'endpoint', key: 'POST /chat' } });
    expect(parseMetricKey('ttft.p50{scenario=chat_user}')).toMatchObject({ selector: { kind: 'scenario', key: 'chat_user' } });
    expect(parseMetricKey('error_rate{model=small}')).toMatchObject({ selector: { kind: 'tag', key: 'model=small' } });
    expect(parseMetricKey('rps')).toMatchObject({ name: 'rps', stat: undefined });
    for (const bad of ['latency.p', 'rps.p95', 'speed', 'latency.median']) expect(parseMetricKey(bad)).toBeUndefined();
  });

  it('knows how many samples a percentile needs', () => {
    expect([samplesNeeded('p50'), samplesNeeded('p95'), samplesNeeded('p99'), samplesNeeded('p999'), samplesNeeded('max')]).toEqual([
      2, 20, 100, 1000, 1,
    ]);
  });
});
