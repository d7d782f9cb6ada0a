// A test service whose memory grows a known amount per request (--leak-kb), or not at all (0).
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string' }, 'leak-kb': { type: 'string', default: '0' } } });
const leakBytes = Number(values['leak-kb']) * 1024;
const retained = [];
const server = createServer((req, res) => {
  req.resume();
  // Filled, so the pages are really resident and RSS grows by what is kept.
  if (leakBytes) retained.push(Buffer.alloc(leakBytes, 1));
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(`{"ok":true,"kept":${retained.length}}`);
});
server.listen(Number(values.port), '127.0.0.1', () =>
  console.log(`leaky server on ${values.port}, leaking ${values['leak-kb']} KB per request`),
);
process.on('SIGTERM', () => process.exit(0));
