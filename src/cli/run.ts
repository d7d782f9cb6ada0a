import { loadProfileFile } from '../config/load.js';
import { apiKeyHeader, isPreset } from '../config/presets.js';
import { profileFromShorthands } from '../config/shorthand.js';
import { ConfigError, ExitCode } from '../core/errors.js';
import { parseCommandArgs } from './args.js';
import { executeRun } from './execute.js';
import { portEnvironment } from '../pipeline/run.js';
import { parseFailOn } from './gate.js';
import { parseShard, parseWorkers } from '../engine/shard.js';

export const RUN_HELP = `Usage: llm-load run [profile.yml] [options]

Runs a load profile (see examples/profiles/; also --profile FILE, as compare and report take it) or,
without one, the shorthand flags.

Shorthands (seed-parity, no profile needed):
  --url URL           target; with a path, every request is GET of that URL
  --users N           concurrent virtual users (default 10)
  --duration D        total run time, e.g. 30s, 2m (default 30s)
  --ramp-up D         ramp users linearly from 0 over D (part of the duration)
  --think-time D      pause after each request, e.g. 100ms
  --timeout D         per-request timeout (default 60s)
  --preset P          openai-chat | anthropic-messages | openai-responses | openai-completions |
                      openai-embeddings: a request to URL/v1/chat/completions, /v1/messages,
                      /v1/responses, /v1/completions (streamed) or /v1/embeddings (a batch of 8)
                      (--url is the API base, with or without /v1)
  --model NAME        model for the preset
  --max-tokens N      max_tokens for the preset (default 256)
  --api-key KEY       API key for the preset (or env LLM_LOAD_API_KEY; never logged)
  --transport T       auto (default) | fast | undici: undici for proxies and HTTP/2, auto picks

Options:
  --output FILE       where to write results (default results.json)
  --jwt-token TOKEN   send "Authorization: Bearer TOKEN" with every request (never logged)
  --baseline FILE     compare with a baseline (history file or results.json)
  --fail-on LEVEL     critical (default) | warn | never: which gate result exits 1
  --workers N|auto    worker threads (default auto: one per 50 VUs or 500 req/s, at most one per core)
  --shard I/K         run only shard I of K (a K-th of the load), for a matrix of runners; merge with llm-load merge
  --seed N            seed for scenario picks and think times (repeatable runs)
  --quiet             no progress and no summary
`;

const OPTIONS = {
  url: { type: 'string' },
  users: { type: 'string' },
  duration: { type: 'string' },
  'ramp-up': { type: 'string' },
  'think-time': { type: 'string' },
  timeout: { type: 'string' },
  preset: { type: 'string' },
  model: { type: 'string' },
  'max-tokens': { type: 'string' },
  'api-key': { type: 'string' },
  transport: { type: 'string' },
  profile: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'jwt-token': { type: 'string' },
  seed: { type: 'string' },
  baseline: { type: 'string' },
  workers: { type: 'string' },
  shard: { type: 'string' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SHORTHANDS = ['url', 'users', 'duration', 'ramp-up', 'think-time', 'timeout', 'preset', 'model', 'max-tokens', 'transport'] as const;

export async function runCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'run');
  if (values.help) {
    process.stdout.write(RUN_HELP);
    return ExitCode.ok;
  }
  const profiles = [...positionals, ...(values.profile === undefined ? [] : [values.profile])];
  if (profiles.length > 1)
    throw new ConfigError(
      `llm-load run: expected at most one profile file, got ${profiles.join(' ')}`,
      'run one profile at a time (as the first argument or --profile FILE); quote a value that holds spaces',
    );
  const profilePath = profiles[0];
  const stackEnv = profilePath ? await portEnvironment() : {};
  let profile;
  if (profilePath) {
    const given = SHORTHANDS.filter((flag) => values[flag] !== undefined);
    if (given.length) {
      throw new ConfigError(
        `llm-load run: --${given[0]} cannot be combined with a profile`,
        'set it in the profile (load:, target:), or run without a profile',
      );
    }
    profile = await loadProfileFile(profilePath, { ...process.env, ...stackEnv });
  } else if (values.url) {
    profile = profileFromShorthands({
      url: values.url,
      users: values.users,
      duration: values.duration,
      rampUp: values['ramp-up'],
      thinkTime: values['think-time'],
      timeout: values.timeout,
      preset: values.preset,
      model: values.model,
      maxTokens: values['max-tokens'],
      transport: values.transport,
    });
  } else {
    throw new ConfigError(
      'llm-load run: give a profile file or --url',
      'e.g. llm-load run llm-load.yml, or llm-load run --url http://localhost:8000/health --users 10 --duration 30s',
    );
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed))
    throw new ConfigError(
      `--seed: expected a whole number, got "${values.seed}"`,
      'e.g. --seed 42 (the same seed picks the same scenarios and think times)',
    );
  const secretHeaders: Record<string, string> = {};
  const apiKey = values['api-key'] ?? process.env.LLM_LOAD_API_KEY;
  if (apiKey) Object.assign(secretHeaders, apiKeyHeader(values.preset && isPreset(values.preset) ? values.preset : undefined, apiKey));
  // --jwt-token wins over an API key sent the same way.
  if (values['jwt-token']) delete secretHeaders.authorization;
  const { code } = await executeRun(profile, {
    stackEnv,
    output: values.output ?? 'results.json',
    quiet: Boolean(values.quiet),
    seed,
    secretHeaders,
    jwtToken: values['jwt-token'],
    profilePath,
    baselinePath: values.baseline,
    workers: parseWorkers(values.workers, '--workers'),
    shard: values.shard ? parseShard(values.shard, '--shard') : undefined,
    failOn: parseFailOn(values['fail-on']),
  });
  return code;
}
