import { describe, expect, it } from 'vitest';
import type { Vars } from '../../src/core/template.js';
import { seededRandom } from '../../src/core/random.js';
import { createDataSource } from '../../src/engine/data.js';
import { parseProfile } from '../../src/config/load.js';

describe('synthetic prompts with a shared prefix (data.synthetic.shared_prefix)', () => {
  it('starts every prompt with one of the groups’ prefixes, of the given tokens, and counts them as input', () => {
    const data = createDataSource({ order: 'sequential', inputTokens: { fixed: 50 }, sharedPrefix: { tokens: 260, groups: 3 }, seed: 4 });
    const prompts = Array.from({ length: 60 }, (_, i) => {
      const vars: Vars = {};
      data.fill(vars, 1 + (i % 5), i, seededRandom(i));
      expect(vars.input_tokens).toBe(310);
      return String(vars.prompt);
    });
    const prefixWords = Math.round(260 / 1.3);
    const prefixes = new Set(prompts.map((p) => p.split(' ').slice(0, prefixWords).join(' ')));
    expect(prefixes.size).toBe(3); // three groups, each prefix the same text every time
    expect(new Set(prompts).size).toBe(60); // what follows the prefix differs
    const profile = parseProfile(
      'target: http://x\nload: {vus: 1, duration: 1s}\ndata: {synthetic: {input_tokens: 100, shared_prefix: {tokens: 500, groups: 4}}}\nscenarios: {a: {flow: [{request: POST /, json: {p: "{{prompt}}"}}]}}\n',
      'p.yml',
      {},
    );
    expect(profile.data!.synthetic!.shared_prefix).toEqual({ tokens: 500, groups: 4 });
  });
});
