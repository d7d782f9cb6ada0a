import { z } from 'zod';
import { profileSchema } from './schema.js';

/**
 * The profile's JSON Schema, made from the validator itself so the two cannot drift: editors (the YAML
 * language server's `$schema` comment) complete and check profiles with it. What a schema cannot say
 * (durations' grammar, cross-field rules) is still checked by llm-load itself.
 */
export function profileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return { ...schema, title: 'llm-load profile' };
}
