import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../core/suggest.js';
import { ConfigError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** k6's and Locust's flags, and what says the same here (`flag`: shown only where the command has it). */
const PEER_FLAGS: Record<string, { from: string; says: string; flag?: string }> = {
  '--vus': { from: 'k6', says: 'it is --users N (or load: {vus: N} in a profile)', flag: 'users' },
  '-u': { from: 'k6 and Locust', says: 'it is --users N', flag: 'users' },
  '-d': { from: 'k6', says: 'it is --duration D', flag: 'duration' },
  '-t': { from: 'Locust', says: 'the run time is --duration D', flag: 'duration' },
  '-r': { from: 'Locust', says: 'the spawn rate is --ramp-up D (the time to reach --users)', flag: 'ramp-up' },
  '-e': { from: 'k6', says: 'a profile reads the environment: export KEY=VALUE and write ${KEY} in the profile' },
  '--env': { from: 'k6', says: 'a profile reads the environment: export KEY=VALUE and write ${KEY} in the profile' },
  '--iterations': { from: 'k6', says: 'a run is timed: --duration D' },
};

/** node's parseArgs, with its errors turned into usage errors that suggest the flag meant. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    const peer = unknown ? PEER_FLAGS[unknown.split('=')[0]!] : undefined;
    if (unknown && peer && (!peer.flag || peer.flag in options))
      throw new ConfigError(`llm-load ${command}: ${unknown} is ${peer.from}'s; here ${peer.says}`, `see llm-load ${command} --help`);
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
