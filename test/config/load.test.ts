import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/config/load.js';
import { profileFromShorthands } from '../../src/config/shorthand.js';
import { ConfigError } from '../../src/core/errors.js';

const valid = `
name: chat-service
target: http://localhost:8000
load:
  executor: ramping-vus
  stages: [{duration: 10s, target: 2}, {duration: 5 minutes, target: 5}]
scenarios:
  chat:
    flow:
      - {request: "POST /conversations", json: {title: load}, capture: {conv: $.id}}
      - {request: "GET /conversations/{{conv}}/messages"}
`;

function errorOf(text: string, env: NodeJS.ProcessEnv = {}): ConfigError {
  try {
    parseProfile(text, 'llm-load.yml', env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseProfile', () => {
  it('names the file, the field and what was expected', () => {
    expect(errorOf(valid).message).toBe('llm-load.yml: load.stages[1].duration: expected a duration like "30s" or "2m", got "5 minutes"');
  });

  it('needs no load section for a capacity search, and asks for one otherwise', () => {
    const scenarios = 'scenarios: {a: {flow: [{request: GET /}]}}\n';
    const search = parseProfile(
      `target: http://x\ncapacity: {mode: binary, start: 5, max: 200, step: 5, step_duration: 30s, slo: {error_rate: "<1%"}}\n${scenarios}`,
      'llm-load.yml',
      {},
    );
    expect(search.load.timeout).toBe(60_000);
    expect(search.capacity!.max).toBe(200);
    const missing = errorOf(`target: http://x\n${scenarios}`);
    expect(missing.message).toBe('llm-load.yml: load: required');
    expect(missing.hint).toContain('load: {executor: constant-vus, vus: 10, duration: 1m}');
  });

  it('loads a valid profile with defaults filled in', () => {
    const profile = parseProfile(valid.replace('5 minutes', '5m'), 'llm-load.yml', {});
    expect(profile.load.stages).toEqual([
      { duration: 10_000, target: 2 },
      { duration: 300_000, target: 5 },
    ]);
    expect(profile.load.timeout).toBe(60_000);
    expect(profile.load.think_time).toEqual({ minMs: 0, maxMs: 0 });
    expect(profile.scenarios.chat!.weight).toBe(1);
    expect(profile.scenarios.chat!.flow[0]!.request).toEqual({ method: 'POST', target: '/conversations' });
    expect(profile.scenarios.chat!.flow[0]!.capture!.conv!.path).toEqual(['id']);
  });

  it('suggests the closest key for a typo', () => {
    const message = errorOf(valid.replace('5 minutes', '5m').replace('executor:', 'exector:')).message;
    expect(message).toContain('load: unknown key "exector" (did you mean "executor"?)');
  });

  it('suggests a top-level section for a typo', () => {
    expect(errorOf(`${valid.replace('5 minutes', '5m')}\nendurace: {}\n`).message).toContain(
      'unknown key "endurace" (did you mean "endurance"?)',
    );
  });

  it('lists the valid executors', () => {
    const message = errorOf(valid.replace('5 minutes', '5m').replace('ramping-vus', 'ramping-users')).message;
    expect(message).toContain(
      'load.executor: expected one of "constant-vus", "ramping-vus", "constant-arrival-rate", "ramping-arrival-rate", "trace-replay", got "ramping-users"',
    );
  });

  it('reports wrong types with the value given', () => {
    const message = errorOf(valid.replace('5 minutes', '5m').replace('target: 2}', 'target: lots}')).message;
    expect(message).toContain('load.stages[0].target: expected number, got "lots"');
  });

  it('requires vus and duration for constant-vus', () => {
    const message = errorOf(`target: http://x\nload: {executor: constant-vus}\nscenarios: {a: {flow: [{request: GET /}]}}`).message;
    expect(message).toBe('test.yml: load.vus: constant-vus needs vus (e.g. vus: 10)'.replace('test.yml', 'llm-load.yml'));
  });

  it('rejects a variable no earlier step captures', () => {
    const error = errorOf(valid.replace('5 minutes', '5m').replace('{{conv}}', '{{conversation}}'));
    expect(error.message).toBe('llm-load.yml: scenarios.chat.flow[1]: unknown variable {{conversation}}');
    expect(error.hint).toContain('capture it in an earlier step');
  });

  it('rejects a relative request without a target', () => {
    expect(errorOf(valid.replace('5 minutes', '5m').replace('target: http://localhost:8000', '')).message).toContain(
      'is a relative path but the profile has no target',
    );
  });

  it('rejects a malformed request line and JSON path', () => {
    expect(errorOf(valid.replace('5 minutes', '5m').replace('POST /conversations', 'FETCH /x')).message).toContain(
      'scenarios.chat.flow[0].request: expected "METHOD /path"',
    );
    expect(errorOf(valid.replace('5 minutes', '5m').replace('$.id', 'id')).message).toContain(
      'scenarios.chat.flow[0].capture.conv: expected a JSON path',
    );
  });

  it('interpolates ${ENV} with defaults and names a missing variable', () => {
    const text = valid
      .replace('5 minutes', '5m')
      .replace('http://localhost:8000', '${TARGET}')
      .replace('title: load', 'title: "${TITLE:-none}"');
    const profile = parseProfile(text, 'llm-load.yml', { TARGET: 'http://svc:9000' });
    expect(profile.target).toBe('http://svc:9000');
    expect(profile.scenarios.chat!.flow[0]!.json).toEqual({ title: 'none' });
    const error = errorOf(text, {});
    expect(error.message).toBe('llm-load.yml: target: environment variable TARGET is not set');
  });

  it('fills numeric and true/false fields from a whole ${ENV} reference, and leaves text fields text', () => {
    const text = `
target: http://localhost:8000
insecure: \${INSECURE:-false}
headers: {x-tenant: "\${TENANT}"}
load:
  executor: ramping-vus
  start_vus: \${START:-1}
  stages: [{duration: 10s, target: "\${PEAK}"}]
scenarios:
  chat: {flow: [{request: "POST /x", json: {user: "\${TENANT}"}}]}
`;
    const profile = parseProfile(text, 'llm-load.yml', { PEAK: '30', TENANT: '42', INSECURE: 'true' });
    expect(profile.load.stages).toEqual([{ duration: 10_000, target: 30 }]);
    expect(profile.load.start_vus).toBe(1);
    expect(profile.insecure).toBe(true);
    expect(profile.headers).toEqual({ 'x-tenant': '42' });
    expect(profile.scenarios.chat!.flow[0]!.json).toEqual({ user: '42' });
    expect(errorOf(text, { PEAK: 'lots', TENANT: '1' }).message).toBe('llm-load.yml: load.stages[0].target: expected number, got "lots"');
  });

  it('rejects a huge file before parsing it', () => {
    expect(errorOf(`name: x\n# ${'x'.repeat(1_100_000)}\n`).message).toBe(
      'llm-load.yml: the profile is larger than 1 MiB; a profile holds settings, not data',
    );
  });

  it('rejects empty files, non-mappings, broken YAML and alias bombs', () => {
    expect(errorOf('').message).toBe('llm-load.yml: the profile is empty');
    expect(errorOf('- a\n- b\n').message).toContain('expected a mapping of settings');
    expect(errorOf('name: [unclosed').message).toContain('llm-load.yml: not valid YAML');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    expect(errorOf(bomb.join('\n')).message).toMatch(/llm-load\.yml: .*alias/i);
  });
});

describe('profileFromShorthands', () => {
  it('turns --url with a path into GET of that path, ramping over the ramp-up', () => {
    const profile = profileFromShorthands({ url: 'http://127.0.0.1:9/v1/health?x=1', users: '4', duration: '10s', rampUp: '2s' });
    expect(profile.target).toBe('http://127.0.0.1:9');
    expect(profile.scenarios.default!.flow[0]!.request).toEqual({ method: 'GET', target: '/v1/health?x=1' });
    expect(profile.load.stages).toEqual([
      { duration: 2000, target: 4 },
      { duration: 8000, target: 4 },
    ]);
  });

  it('names the flag that is wrong', () => {
    expect(() => profileFromShorthands({ url: 'localhost:8000' })).toThrow('--url: expected an http(s) URL');
    expect(() => profileFromShorthands({ url: 'http://x', users: 'ten' })).toThrow(
      '--users: expected a whole number of at least 1, got "ten"',
    );
    expect(() => profileFromShorthands({ url: 'http://x', duration: 'forever' })).toThrow('--duration: expected a duration');
    expect(() => profileFromShorthands({ url: 'http://x', duration: '10s', rampUp: '10s' })).toThrow('--ramp-up');
  });
});
