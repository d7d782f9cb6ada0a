import { validateProfile } from '../config/load.js';
import { parseDuration } from '../config/duration.js';
import { ConfigError } from '../errors.js';
import { startMockServer } from '../mock/server.js';
import { parseCommandArgs } from './args.js';
import { executeRun } from './execute.js';

export const DEMO_HELP = `Usage: llm-load demo [--duration 15s] [--users 8] [--output results.json]

Starts the built-in mock chat service on a free loopback port and runs a short real load against it:
users create a conversation, chat in it and read its messages; a few only hit /health.
`;

const OPTIONS = {
  duration: { type: 'string' },
  users: { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, OPTIONS, 'demo');
  if (values.help) {
    process.stdout.write(DEMO_HELP);
    return 0;
  }
  const duration = values.duration ?? '15s';
  if (parseDuration(duration) === undefined) throw new ConfigError(`--duration: expected a duration like "15s", got "${duration}"`);
  await using mock = await startMockServer({ replyDelayMs: 100 });
  if (!values.quiet) process.stdout.write(`mock chat service on ${mock.url}\n`);
  const profile = validateProfile(
    {
      name: 'demo',
      target: mock.url,
      load: {
        executor: 'ramping-vus',
        stages: [
          { duration: '3s', target: Number(values.users ?? 8) },
          { duration: `${Math.max(1, (parseDuration(duration)! - 3000) / 1000)}s`, target: Number(values.users ?? 8) },
        ],
        think_time: { min: '20ms', max: '80ms' },
      },
      scenarios: {
        chat_user: {
          weight: 9,
          flow: [
            { name: 'create', request: 'POST /conversations', json: { title: 'demo' }, capture: { conv: '$.id' } },
            { name: 'chat', request: 'POST /chat', json: { conversation_id: '{{conv}}', message: 'Hello from user {{vu}}' } },
            { name: 'history', request: 'GET /conversations/{{conv}}/messages' },
          ],
        },
        health: { weight: 1, flow: [{ request: 'GET /health' }] },
      },
    },
    'demo profile',
  );
  const { code } = await executeRun(profile, { output: values.output ?? 'results.json', quiet: Boolean(values.quiet) });
  return code;
}
