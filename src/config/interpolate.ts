import { ConfigError } from '../core/errors.js';
import { registerSecret, SECRET_NAME } from '../core/secrets.js';
import { formatPath } from './format.js';

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export type Path = (string | number)[];

/**
 * Replaces `${NAME}` and `${NAME:-default}` in every string of a parsed profile with the environment's
 * values (`$$` is a literal `$`). Done on parsed values, not raw YAML, so a value cannot inject structure.
 * The paths of strings that were one reference and nothing else go to `whole` (see fillNumbers).
 */
export function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv, file: string, path: Path = [], whole: Path[] = []): unknown {
  if (typeof value === 'string') {
    if (/^\$\{[^}]+\}$/.test(value)) whole.push(path);
    return value.replace(REFERENCE, (whole, name: string | undefined, fallback: string | undefined) => {
      if (whole === '$$') return '$';
      const found = env[name!];
      if (found !== undefined && found !== '') {
        if (SECRET_NAME.test(name!)) registerSecret(found); // ${TEST_PASSWORD} never shows up in output
        return found;
      }
      if (fallback !== undefined) return fallback;
      throw new ConfigError(
        `${file}: ${formatPath(path)}: environment variable ${name} is not set`,
        `export ${name}, or give a default: \${${name}:-value}`,
      );
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolateEnv(item, env, file, [...path, i], whole));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateEnv(item, env, file, [...path, key], whole)]));
  }
  return value;
}

const samePath = (a: readonly PropertyKey[], b: Path) => a.length === b.length && a.every((key, i) => key === b[i]);

/**
 * `vus: ${VUS}` reads as the string "10"; where the profile wants a number (or true/false) and the string
 * was one whole reference, it becomes that number. Fields that take text (a header, a body) keep the
 * text: only a field's own type error turns the value, so `x-tenant: ${ID}` stays "42".
 */
export function fillNumbers(
  raw: unknown,
  whole: Path[],
  typeErrors: (raw: unknown) => { path: readonly PropertyKey[]; expected: string }[],
): unknown {
  for (let round = 0; round < whole.length; round++) {
    let changed = false;
    for (const error of typeErrors(raw)) {
      const path = whole.find((p) => samePath(error.path, p));
      if (!path) continue;
      const parent = path.slice(0, -1).reduce<any>((node, key) => node?.[key], raw); // eslint-disable-line @typescript-eslint/no-explicit-any
      const text = parent?.[path.at(-1)!] as unknown;
      if (typeof text !== 'string') continue;
      const value = error.expected === 'boolean' ? ({ true: true, false: false } as Record<string, boolean>)[text] : numberOf(text);
      if (value === undefined) continue;
      parent[path.at(-1)!] = value;
      changed = true;
    }
    if (!changed) break;
  }
  return raw;
}

function numberOf(text: string): number | undefined {
  return /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text.trim()) ? Number(text) : undefined;
}
