import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../core/suggest.js';
import { ConfigError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node's parseArgs, with its errors turned into usage errors that suggest the flag meant. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const flags = Object.keys(options).map((name) => `--${name}`);
      throw new ConfigError(
        `llm-load ${command}: unknown option ${unknown}${didYouMean(unknown, flags)}`,
        `see llm-load ${command} --help`,
      );
    }
    throw new ConfigError(`llm-load ${command}: ${message}`, `see llm-load ${command} --help`);
  }
}
