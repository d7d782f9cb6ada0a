// The benches' command lines: parsed with node:util, --help prints the usage, and a bad option stops the
// bench before it starts anything, naming the option and what it takes (exit 2).
import { parseArgs } from 'node:util';

/**
 * Returns `{values, usageError, whole}`: `usageError(message)` prints it with the usage and exits 2;
 * `whole(name, min)` reads option `name` as a whole number of at least `min`, or stops with a usage error.
 */
export function benchArgs(name, usage, options) {
  const usageError = (message) => {
    process.stderr.write(`${name}: ${message}\n\n${usage}`);
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (error) {
    usageError(error.message.split('. ')[0]);
  }
  if (values.help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  const whole = (name, min) => {
    if (!/^\d+$/.test(values[name]) || Number(values[name]) < min)
      usageError(`--${name} takes a whole number of at least ${min}, got "${values[name]}"`);
    return Number(values[name]);
  };
  return { values, usageError, whole };
}
