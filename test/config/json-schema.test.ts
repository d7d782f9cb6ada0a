import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from '../../src/config/json-schema.js';

describe('schema/profile.schema.json', () => {
  it('is what the validator makes today (npm run build writes it)', async () => {
    const committed = JSON.parse(await readFile(new URL('../../schema/profile.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(profileJsonSchema());
  });

  it('describes the profile: a stack may be a compose file, files, or a compose object', () => {
    const schema = profileJsonSchema() as { properties: Record<string, { properties?: Record<string, { anyOf?: unknown[] }> }> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['target', 'stack', 'load', 'scenarios', 'thresholds']));
    const compose = schema.properties.stack!.properties!.compose!;
    expect(JSON.stringify(compose)).toContain('"services"');
    expect(compose.anyOf!.length).toBeGreaterThanOrEqual(2);
  });
});
