import { ConfigError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { validateProfile } from './load.js';
import { presetStep } from './presets.js';
import type { Profile } from './schema.js';

/** The seed-parity flags that describe a run without a profile file. */
export interface Shorthands {
  url: string;
  users?: string;
  duration?: string;
  rampUp?: string;
  thinkTime?: string;
  timeout?: string;
  name?: string;
  /** A streaming chat request instead of GET: `--url` is then the API's base URL. */
  preset?: string;
  model?: string;
  maxTokens?: string;
  /** auto | fast | undici (the profile's http.transport). */
  transport?: string;
}

function durationFlag(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = parseDuration(value);
  if (ms === undefined)
    throw new ConfigError(
      `${flag}: expected a duration like "30s" or "2m", got "${value}"`,
      'write it as a number and a unit: 500ms, 30s, 2m',
    );
  return ms;
}

function transportFlag(flag: string, value: string): string {
  if (value === 'auto' || value === 'fast' || value === 'undici') return value;
  throw new ConfigError(
    `${flag}: expected auto, fast or undici, got "${value}"`,
    'fast is our HTTP/1.1 client; undici goes through proxies and speaks HTTP/2; auto picks',
  );
}

/**
 * `--url URL --users N --duration D --ramp-up D --think-time D`: N users ramp up linearly over the
 * ramp-up (part of the duration, as in Locust) and hold until the duration ends. A URL with a path
 * means GET that URL; a bare origin means GET /. With a preset, the URL is the API's base
 * (`http://host:8000` or `http://gateway/openai`) and each iteration sends one streaming chat request.
 */
export function profileFromShorthands(flags: Shorthands, name: (flag: string) => string = (flag) => `--${flag}`): Profile {
  let url: URL;
  try {
    url = new URL(flags.url);
    if (!/^https?:$/.test(url.protocol)) throw new Error();
  } catch {
    throw new ConfigError(
      `${name('url')}: expected an http(s) URL like "http://localhost:8000/health", got "${flags.url}"`,
      'give the whole URL with http:// or https://',
    );
  }
  const users = flags.users === undefined ? 10 : Number(flags.users);
  if (!Number.isInteger(users) || users < 1)
    throw new ConfigError(`${name('users')}: expected a whole number of at least 1, got "${flags.users}"`, `e.g. ${name('users')} 10`);
  const durationMs = durationFlag(name('duration'), flags.duration, 30_000);
  const rampUpMs = durationFlag(name('ramp-up'), flags.rampUp, 0);
  const thinkMs = durationFlag(name('think-time'), flags.thinkTime, 0);
  const timeoutMs = durationFlag(name('timeout'), flags.timeout, 60_000);
  const maxTokens = flags.maxTokens === undefined ? undefined : Number(flags.maxTokens);
  if (maxTokens !== undefined && !(Number.isInteger(maxTokens) && maxTokens > 0)) {
    throw new ConfigError(
      `${name('max-tokens')}: expected a whole number of at least 1, got "${flags.maxTokens}"`,
      `e.g. ${name('max-tokens')} 256`,
    );
  }
  if (!flags.preset && (flags.model || maxTokens))
    throw new ConfigError(
      `${name('model')} and ${name('max-tokens')} go with ${name('preset')} openai-chat or anthropic-messages`,
      `add ${name('preset')} openai-chat (or anthropic-messages), or drop ${name('model')} and ${name('max-tokens')}`,
    );
  if (durationMs <= 0)
    throw new ConfigError(`${name('duration')}: must be longer than 0, got "${flags.duration}"`, `e.g. ${name('duration')} 30s`);
  if (rampUpMs >= durationMs) {
    throw new ConfigError(
      `${name('ramp-up')}: ${flags.rampUp} is not shorter than ${name('duration')} ${flags.duration ?? '30s'}`,
      'the ramp-up is part of the duration',
    );
  }
  const stages =
    rampUpMs > 0
      ? [
          { duration: `${rampUpMs}ms`, target: users },
          { duration: `${durationMs - rampUpMs}ms`, target: users },
        ]
      : [{ duration: `${durationMs}ms`, target: users }];
  return validateProfile(
    {
      name: flags.name ?? 'llm-load',
      // The presets' paths start with /v1, and an SDK's base URL ends with it: accept a base with or without.
      target: flags.preset ? `${url.origin}${url.pathname.replace(/\/$/, '').replace(/\/v1$/, '')}` : url.origin,
      load: {
        executor: 'ramping-vus',
        start_vus: rampUpMs > 0 ? 0 : users,
        stages,
        think_time: `${thinkMs}ms`,
        timeout: `${timeoutMs}ms`,
      },
      ...(flags.transport === undefined ? {} : { http: { transport: transportFlag(name('transport'), flags.transport) } }),
      scenarios: {
        default: {
          flow: [
            flags.preset
              ? presetStep(flags.preset, { model: flags.model, maxTokens }, name('preset'))
              : { request: `GET ${url.pathname}${url.search}` },
          ],
        },
      },
    },
    'command line',
  );
}
