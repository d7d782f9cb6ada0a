import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseProfile, validateProfile } from '../../src/config/load.js';
import { ConfigError } from '../../src/core/errors.js';

/** Anything the loader throws must be our ConfigError, with a message that names the source. */
function onlyConfigErrors(load: () => unknown): void {
  try {
    load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.message).toMatch(/^fuzz\.yml: /);
  }
}

const duration = fc.oneof(
  fc.constantFrom('1s', '500ms', '2m', '1h', '0', '-1s', '5 minutes', ''),
  fc.integer({ min: -5, max: 100 }),
  fc.string(),
);
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

/** Profiles that look like real ones, with fields swapped for wrong types and values at random. */
const profileLike = fc.record(
  {
    name: fc.oneof(fc.string(), fc.constantFrom('svc', 'a b', '')),
    target: fc.oneof(fc.constantFrom('http://localhost:8000', 'ftp://x', 'localhost', ''), scalar),
    load: fc.record(
      {
        executor: fc.oneof(
          fc.constantFrom('constant-vus', 'ramping-vus', 'constant-arrival-rate', 'ramping-arrival-rate', 'bogus'),
          scalar,
        ),
        vus: fc.oneof(fc.integer({ min: -3, max: 50 }), scalar),
        duration,
        rate: fc.oneof(fc.double({ min: -1, max: 100, noNaN: true }), scalar),
        stages: fc.array(fc.record({ duration, target: fc.oneof(fc.integer({ min: -2, max: 20 }), scalar) }, { requiredKeys: [] }), {
          maxLength: 3,
        }),
        think_time: fc.oneof(duration, fc.record({ min: duration, max: duration })),
        shape: fc.constantFrom('baseline', 'stress', 'spike', 'endurance', 'wave'),
      },
      { requiredKeys: [] },
    ),
    scenarios: fc.dictionary(
      fc.string({ maxLength: 8 }),
      fc.record(
        {
          weight: fc.oneof(fc.double({ min: -1, max: 10, noNaN: true }), scalar),
          flow: fc.array(
            fc.record(
              {
                request: fc.oneof(fc.constantFrom('GET /', 'POST /chat', 'FETCH /x', 'GET /{{nope}}', 'GET http://h/x'), fc.string()),
                json: fc.jsonValue({ maxDepth: 2 }),
                capture: fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.constantFrom('$.id', '$.a[0]', 'id', '$..x'), fc.string())),
                llm: fc.constantFrom('openai-sse', 'anthropic-sse', 'openai', 'grpc'),
                check: fc.record({ status: fc.oneof(fc.integer(), fc.array(fc.integer())) }, { requiredKeys: [] }),
              },
              { requiredKeys: ['request'] },
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: [] },
      ),
      { maxKeys: 3 },
    ),
    thresholds: fc.dictionary(
      fc.constantFrom('latency.p95', 'ttft.p99', 'error_rate', 'rps', 'latncy.p9', 'x'),
      fc.oneof(fc.string(), fc.constantFrom('<50ms', '>1000', 'p(95)<500', '<0.1%')),
    ),
    endurance: fc.record({ max_memory_growth: fc.oneof(fc.string(), fc.constant('50MB/h')), window: duration }, { requiredKeys: [] }),
    extra: scalar,
  },
  { requiredKeys: [] },
);

describe('the profile loader under random input (fast-check, bounded)', () => {
  it('throws nothing but ConfigError for random profile-like objects', () => {
    fc.assert(
      fc.property(profileLike, (profile) => onlyConfigErrors(() => validateProfile(profile, 'fuzz.yml'))),
      { numRuns: 400, seed: 42 },
    );
  });

  it('throws nothing but ConfigError for random YAML text and random values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          profileLike.map((p) => stringify(p)),
          fc.anything().map((v) => stringify(v) ?? ''),
        ),
        (text) => onlyConfigErrors(() => parseProfile(text, 'fuzz.yml', {})),
      ),
      { numRuns: 400, seed: 7 },
    );
  });
});
