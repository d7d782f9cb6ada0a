import { ConfigError } from '../core/errors.js';
import { registerSecret, SECRET_NAME } from '../core/secrets.js';
import { formatPath } from './format.js';

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replaces `${NAME}` and `${NAME:-default}` in every string of a parsed profile with the environment's
 * values (`$$` is a literal `$`). Done on parsed values, not raw YAML, so a value cannot inject structure.
 */
export function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv, file: string, path: (string | number)[] = []): unknown {
  if (typeof value === 'string') {
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
  if (Array.isArray(value)) return value.map((item, i) => interpolateEnv(item, env, file, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateEnv(item, env, file, [...path, key])]));
  }
  return value;
}
