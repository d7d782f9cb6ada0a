// npm run engine -- --port P --seqs N --size tiny|small: a llama.cpp server on a model made here.
// Prints "listening PORT" once it serves, and stops on SIGTERM or SIGINT, freeing its port.
import { existsSync } from 'node:fs';
import { benchArgs } from '../args.mjs';
import { SIZES } from './model.mjs';
import { startEngineServer } from './server.mjs';

const USAGE = `usage: npm run engine -- [--port P] [--host H] [--seqs N] [--size ${Object.keys(SIZES).join('|')}] [--seed S]
                         [--threads T] [--ctx TOKENS] [--layers N] [--model FILE.gguf]
  --port     port to listen on (default 0: a free one, printed)
  --host     address to listen on (default 127.0.0.1)
  --seqs     sequences decoded in parallel; requests beyond them wait in order (default 4)
  --size     the generated model's size (default tiny)
  --seed     the generated model's seed (default 1)
  --threads  llama.cpp threads (default 1)
  --ctx      context tokens per sequence: prompt plus max_tokens (default 1024)
  --layers   blocks in the generated model (default: its size's; more is a larger, slower model)
  --model    serve this GGUF file instead of a generated model
`;

const { values, usageError, whole } = benchArgs('engine', USAGE, {
  port: { type: 'string', default: '0' },
  host: { type: 'string', default: '127.0.0.1' },
  seqs: { type: 'string', default: '4' },
  size: { type: 'string', default: 'tiny' },
  seed: { type: 'string', default: '1' },
  threads: { type: 'string', default: '1' },
  ctx: { type: 'string', default: '1024' },
  layers: { type: 'string' },
  model: { type: 'string' },
});
if (!SIZES[values.size]) usageError(`--size takes one of ${Object.keys(SIZES).join(', ')}, got "${values.size}"`);
if (values.model !== undefined && !existsSync(values.model))
  usageError(`--model: no file ${values.model} (give a GGUF file, or leave --model out to generate one)`);

const server = await startEngineServer({
  port: whole('port', 0),
  host: values.host,
  sequences: whole('seqs', 1),
  size: values.size,
  seed: whole('seed', 0),
  threads: whole('threads', 1),
  contextSize: whole('ctx', 16),
  layers: values.layers === undefined ? undefined : whole('layers', 1),
  modelPath: values.model,
}).catch((error) => {
  const hint = error.code === 'EADDRINUSE' ? ': the port is taken; choose another with --port, or 0 for a free one' : '';
  process.stderr.write(`engine: ${error.message}${hint}\n`);
  process.exit(1);
});
process.stdout.write(`listening ${server.port}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
