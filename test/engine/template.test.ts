import { describe, expect, it } from 'vitest';
import { parseJsonPath, readJsonPath } from '../../src/core/jsonpath.js';
import { compileJson, compileText, jsonVariables } from '../../src/core/template.js';

describe('compileText', () => {
  it('fills variables and leaves literal text alone', () => {
    expect(compileText('/conversations/{{conv}}/messages?vu={{ vu }}')({ conv: 'abc', vu: 3 })).toBe('/conversations/abc/messages?vu=3');
    expect(compileText('no templates')({})).toBe('no templates');
    expect(compileText('{{missing}}!')({})).toBe('!');
  });
});

describe('compileJson', () => {
  it('keeps a whole-string variable as its JSON value and escapes inner text', () => {
    const render = compileJson({ id: '{{conv}}', message: 'say "{{text}}"', nested: [{ n: '{{n}}' }], fixed: 1 });
    const out = JSON.parse(render({ conv: 42, text: 'a "quoted"\nline', n: { deep: true } }));
    expect(out).toEqual({ id: 42, message: 'say "a "quoted"\nline"', nested: [{ n: { deep: true } }], fixed: 1 });
  });

  it('pre-serialises bodies without templates', () => {
    const render = compileJson({ title: 'load' });
    expect(render({})).toBe('{"title":"load"}');
  });

  it('lists the variables a body uses', () => {
    expect(jsonVariables({ a: '{{x}}', b: ['{{y}} and {{z}}'], c: 3 })).toEqual(['x', 'y', 'z']);
  });
});

describe('json paths', () => {
  it('parses and reads dotted, indexed and quoted paths', () => {
    const doc = { data: [{ id: 7, 'odd key': 'v' }] };
    expect(readJsonPath(doc, parseJsonPath('$.data[0].id'))).toBe(7);
    expect(readJsonPath(doc, parseJsonPath("$.data[0]['odd key']"))).toBe('v');
    expect(readJsonPath(doc, parseJsonPath('$'))).toBe(doc);
    expect(readJsonPath(doc, parseJsonPath('$.data[3].id'))).toBeUndefined();
    expect(readJsonPath('text', parseJsonPath('$.id'))).toBeUndefined();
  });

  it('rejects what it does not understand', () => {
    expect(() => parseJsonPath('id')).toThrow('expected a JSON path');
    expect(() => parseJsonPath('$.a..b')).toThrow('not understood at "..b"');
  });
});
