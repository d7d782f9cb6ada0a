import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { parseDuration } from '../../src/core/duration.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PROFILES = join(ROOT, 'examples/profiles');
export const WORKFLOWS = join(ROOT, 'examples/workflows');

export const yamlIn = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.yml')).sort();

/** The example profile a workflow's `profile: NAME` means: the file of that name in examples/profiles. */
export const exampleProfileFor = (input: string) => join(PROFILES, basename(input));

const DURATION_KEYS = ['duration', 'ramp', 'window', 'warmup', 'step_duration'];

/**
 * An example profile as written, with its load's time scaled so the whole run takes about `totalMs`
 * (and no step under 250 ms): users, routes, thresholds and the stack stay as they are.
 */
export async function shortenedProfile(file: string, totalMs = 2000): Promise<string> {
  const doc = parseDocument(await readFile(file, 'utf8'));
  const plain = ((doc.toJS() as { load?: object }).load ?? {}) as { duration?: unknown; ramp?: unknown; stages?: { duration: unknown }[] };
  const whole =
    (parseDuration(plain.duration) ?? (plain.stages ?? []).reduce((sum, s) => sum + (parseDuration(s.duration) ?? 0), 0)) +
    (plain.duration !== undefined ? (parseDuration(plain.ramp) ?? 0) : 0);
  const factor = whole > 0 ? totalMs / whole : 1;
  const scale = (value: unknown) => `${Math.max(250, Math.round((parseDuration(value) ?? 0) * factor))}ms`;
  for (const section of ['load', 'endurance']) {
    for (const key of DURATION_KEYS) if (doc.hasIn([section, key])) doc.setIn([section, key], scale(doc.getIn([section, key])));
  }
  (plain.stages ?? []).forEach((stage, i) => doc.setIn(['load', 'stages', i, 'duration'], scale(stage.duration)));
  // A capacity search: a few short steps, whatever the profile's own.
  if (doc.hasIn(['capacity', 'step_duration'])) {
    doc.setIn(['capacity', 'step_duration'], '300ms');
    doc.setIn(['capacity', 'max'], Math.min(3, Number(doc.getIn(['capacity', 'max']))));
  }
  return doc.toString();
}
