import { parseDuration } from '../core/duration.js';
import { ConfigError, ExitCode } from '../core/errors.js';
import { parseFaultRates } from '../mock/faults.js';
import { MOCK_DEFAULTS, startMockServer } from '../mock/server.js';
import { parseCommandArgs } from './args.js';

export const MOCK_HELP = `Usage: llm-load mock [options]

Serves a mock LLM until stopped (Ctrl-C): OpenAI POST /v1/chat/completions, Anthropic POST /v1/messages
(streamed or not), GET /v1/models, GET /health, and a chat app (POST /conversations, GET /conversations,
POST /chat, GET /conversations/{id}/messages).

  --port N              port (default 8000; 0 picks a free one)
  --host H              address to listen on (default 127.0.0.1)
  --ttft D              time to first token (default ${MOCK_DEFAULTS.ttftMs}ms)
  --itl D               time between tokens (default ${MOCK_DEFAULTS.itlMs}ms)
  --output-tokens N     tokens per reply, capped by the request's max_tokens (default ${MOCK_DEFAULTS.outputTokens})
  --reasoning-tokens N  reasoning/thinking tokens before the answer (default 0)
  --chunk-tokens N      tokens per stream event (default 1)
  --latency D           how long POST /chat takes (default 100ms, like MOCK_MISTRAL)
  --error-rate R        share of requests answered 500 (default 0)
  --faults LIST         rates of faults, e.g. 429:0.01,529:0.01,cut:0.005,malformed:0.005,stall:0.001
  --ttft-tail S:F       a slow tail: share S of replies take F × the TTFT, e.g. 0.03:3
  --seed N              seed for generated text and drawn faults
  --model NAME          model name in replies (default mock-model)

A capacity, as a real server has (default: none of it):
  --slots N             at most N replies decode at once; the rest wait in order, their TTFT with the wait
  --prefill-tps N       the prompt is read at N tokens/s before the first token (4 characters a token)
  --batch-slowdown F    each token's gap grows by F for every other reply decoding beside it (0.25: +25 %)

Per request, headers override: x-mock-ttft, x-mock-itl, x-mock-output-tokens, x-mock-reasoning-tokens,
x-mock-chunk-tokens (numbers, ms for times), and x-mock-fault: 429|500|503|529|cut|malformed|stall.
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  ttft: { type: 'string' },
  itl: { type: 'string' },
  'output-tokens': { type: 'string' },
  'reasoning-tokens': { type: 'string' },
  'chunk-tokens': { type: 'string' },
  latency: { type: 'string' },
  'error-rate': { type: 'string' },
  faults: { type: 'string' },
  'ttft-tail': { type: 'string' },
  seed: { type: 'string' },
  model: { type: 'string' },
  slots: { type: 'string' },
  'prefill-tps': { type: 'string' },
  'batch-slowdown': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function durationOption(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value);
  if (ms === undefined)
    throw new ConfigError(`--${flag}: expected a duration like "200ms", got "${value}"`, 'write it as a number and a unit: 5ms, 200ms, 1s');
  return ms;
}

function numberOption(flag: string, value: string | undefined, check: (n: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!check(n)) throw new ConfigError(`--${flag}: expected ${expected}, got "${value}"`, 'see llm-load mock --help');
  return n;
}

const wholeNumber = (n: number) => Number.isInteger(n) && n >= 0;

function tailOption(value: string | undefined): { share: number; factor: number } | undefined {
  if (value === undefined) return undefined;
  const [share, factor] = value.split(':').map(Number);
  if (!(share! >= 0 && share! <= 1 && factor! >= 1) || value.split(':').length !== 2)
    throw new ConfigError(
      `--ttft-tail: expected SHARE:FACTOR with a share from 0 to 1 and a factor of at least 1, e.g. 0.03:3, got "${value}"`,
      'e.g. --ttft-tail 0.03:3 makes 3 % of first tokens 3 times as slow',
    );
  return { share: share!, factor: factor! };
}

export async function mockCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, OPTIONS, 'mock');
  if (values.help) {
    process.stdout.write(MOCK_HELP);
    return ExitCode.ok;
  }
  let faults;
  try {
    faults = values.faults ? parseFaultRates(values.faults) : undefined;
  } catch (error) {
    throw new ConfigError((error as Error).message, 'see llm-load mock --help');
  }
  const port = numberOption('port', values.port ?? '8000', (n) => wholeNumber(n) && n < 65536, 'a port number') ?? 8000;
  const server = await startMockServer({
    port,
    host: values.host,
    ttftMs: durationOption('ttft', values.ttft),
    itlMs: durationOption('itl', values.itl),
    outputTokens: numberOption('output-tokens', values['output-tokens'], (n) => wholeNumber(n) && n > 0, 'a whole number of at least 1'),
    reasoningTokens: numberOption('reasoning-tokens', values['reasoning-tokens'], wholeNumber, 'a whole number'),
    chunkTokens: numberOption('chunk-tokens', values['chunk-tokens'], (n) => wholeNumber(n) && n > 0, 'a whole number of at least 1'),
    latencyMs: durationOption('latency', values.latency),
    errorRate: numberOption('error-rate', values['error-rate'], (n) => n >= 0 && n <= 1, 'a share from 0 to 1, e.g. 0.01'),
    faults,
    ttftTail: tailOption(values['ttft-tail']),
    seed: numberOption('seed', values.seed, Number.isInteger, 'a whole number'),
    model: values.model,
    capacity: {
      slots: numberOption('slots', values.slots, (n) => wholeNumber(n) && n > 0, 'a whole number of at least 1'),
      prefillTokensPerS: numberOption('prefill-tps', values['prefill-tps'], (n) => n > 0, 'a number of tokens a second above 0'),
      batchSlowdown: numberOption('batch-slowdown', values['batch-slowdown'], (n) => n >= 0, 'a factor of 0 or more, e.g. 0.25'),
    },
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new ConfigError(`--port ${port}: already in use`, 'pick another port, or --port 0 for a free one');
    if (error.code === 'EACCES') throw new ConfigError(`--port ${port}: not allowed for this user`, 'use a port above 1023');
    if (error.code === 'EADDRNOTAVAIL')
      throw new ConfigError(
        `--host ${values.host}: not an address of this machine`,
        'use 127.0.0.1 (the default), ::1, or 0.0.0.0 for every interface',
      );
    throw error;
  });
  process.stdout.write(`llm-load mock listening on ${server.url} (OpenAI: ${server.url}/v1, Anthropic: ${server.url}/v1/messages)\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  await server.close();
  process.stdout.write(`mock stopped (${signal})\n`);
  return ExitCode.ok;
}
