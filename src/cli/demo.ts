import { validateProfile } from '../config/load.js';
import { parseDuration } from '../core/duration.js';
import { ConfigError, ExitCode } from '../core/errors.js';
import { startMockServer } from '../mock/server.js';
import { parseCommandArgs } from './args.js';
import { executeRun } from './execute.js';

export const DEMO_HELP = `Usage: llm-load demo [--duration 20s] [--users 10] [--output results.json]

Starts the built-in mock LLM service on a free loopback port and runs a short real load against it:
chat-app users (create a conversation, chat, read it back) beside OpenAI- and Anthropic-style
streaming chat, then prints TTFT, ITL, tokens/s and request stats and writes results.json.
`;

const OPTIONS = {
  duration: { type: 'string' },
  users: { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const RAMP_MS = 3000;

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, OPTIONS, 'demo');
  if (values.help) {
    process.stdout.write(DEMO_HELP);
    return ExitCode.ok;
  }
  const durationMs = parseDuration(values.duration ?? '20s');
  if (durationMs === undefined || durationMs <= RAMP_MS) {
    throw new ConfigError(
      `--duration: expected a duration longer than 3s like "20s", got "${values.duration}"`,
      'the demo ramps up for 3 s first; give e.g. --duration 20s',
    );
  }
  const users = Number(values.users ?? 10);
  if (!Number.isInteger(users) || users < 1)
    throw new ConfigError(`--users: expected a whole number of at least 1, got "${values.users}"`, 'e.g. --users 10');

  // A capacity like a small real server's, so the load meets one: replies queue beyond 8 at once.
  await using mock = await startMockServer({
    ttftMs: 150,
    itlMs: 15,
    outputTokens: 48,
    latencyMs: 100,
    capacity: { slots: 8, prefillTokensPerS: 50_000, batchSlowdown: 0.02 },
  });
  if (!values.quiet) process.stdout.write(`mock LLM service on ${mock.url}\n`);
  const messages = [{ role: 'user', content: 'Hello from user {{vu}}, request {{iteration}}' }];
  const profile = validateProfile(
    {
      name: 'demo',
      target: mock.url,
      load: {
        executor: 'ramping-vus',
        stages: [
          { duration: `${RAMP_MS}ms`, target: users },
          { duration: `${durationMs - RAMP_MS}ms`, target: users },
        ],
        think_time: { min: '20ms', max: '80ms' },
      },
      scenarios: {
        chat_app: {
          weight: 4,
          flow: [
            { name: 'create', request: 'POST /conversations', json: { title: 'demo' }, capture: { conv: '$.id' } },
            { name: 'chat', request: 'POST /chat', json: { conversation_id: '{{conv}}', message: 'Hello from user {{vu}}' } },
            { name: 'history', request: 'GET /conversations/{{conv}}/messages' },
          ],
        },
        openai_stream: {
          weight: 4,
          flow: [
            {
              request: 'POST /v1/chat/completions',
              json: { model: 'mock-model', messages, stream: true, stream_options: { include_usage: true } },
              llm: 'openai-sse',
            },
          ],
        },
        anthropic_stream: {
          weight: 2,
          flow: [
            {
              request: 'POST /v1/messages',
              headers: { 'anthropic-version': '2023-06-01' },
              json: { model: 'mock-model', max_tokens: 256, messages, stream: true },
              llm: 'anthropic-sse',
            },
          ],
        },
        health: { weight: 1, flow: [{ request: 'GET /health' }] },
      },
    },
    'demo profile',
  );
  const output = values.output ?? 'results.json';
  const { code } = await executeRun(profile, { output, quiet: Boolean(values.quiet) });
  if (!values.quiet)
    process.stdout.write(
      [
        '',
        'Next:',
        `  llm-load report ${output}                      an HTML report of this run`,
        '  llm-load run --url http://localhost:8000 --preset openai-chat --users 8 --duration 1m   your own service',
        '  llm-load ab llm-load.yml --base-url URL --head-url URL                                 two versions, side by side',
        '  llm-load mock --slots 4 --batch-slowdown 0.1 & llm-load run examples/profiles/capacity-knee.yml   find a knee',
        '',
      ].join('\n'),
    );
  return code;
}
