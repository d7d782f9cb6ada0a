// The bench's SSE target: an OpenAI-style stream of --tokens chunks, the first --ttft ms after the request
// arrives, then one every --itl ms (scheduled from the arrival, so timer lateness does not add up).
// It records when it really wrote each stream's first token: GET /stats gives that delay's p50/p99, the
// truth the client's TTFT is checked against when the server itself falls behind.
//
// It speaks HTTP/1.1 on plain sockets rather than through node:http: there, at 10,000 streams (40,000
// tokens a second), the target kept its core ~90 % busy and its own queueing landed in every client's
// TTFT. Here a token is one prebuilt chunk written to its socket (half the JavaScript time; the kernel's
// share, waking the client on each write, stays), and a request's arrival is stamped when its first
// bytes are read.
// Usage: node bench/sse-target.mjs --ttft 100 --itl 10 --tokens 64   (prints its port)
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { ttft: { type: 'string', default: '100' }, itl: { type: 'string', default: '10' }, tokens: { type: 'string', default: '64' } },
});
const TTFT = Number(values.ttft);
const ITL = Number(values.itl);
const TOKENS = Number(values.tokens);
const event = (delta) => `data: {"object":"chat.completion.chunk","choices":[{"index":0,"delta":${delta}}]}\n\n`;
const chunked = (text) => Buffer.from(`${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`);
const HEAD = Buffer.from(
  'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\ntransfer-encoding: chunked\r\n\r\n',
);
const TOKEN = chunked(event('{"content":"tok "}'));
const END = Buffer.concat([
  chunked(
    `data: {"object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":8,"completion_tokens":${TOKENS},"total_tokens":${TOKENS + 8}}}\n\ndata: [DONE]\n\n`,
  ),
  Buffer.from('0\r\n\r\n'),
]);
const HEAD_END = Buffer.from('\r\n\r\n');
const MAX_HEAD = 64 * 1024;

let firstWriteDelays = [];
const percentile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
};

/** Streams the tokens; calls `done` after the last, unless the client has gone. */
function stream(socket, arrival, done) {
  socket.write(HEAD);
  let sent = 0;
  const next = () => {
    if (socket.destroyed) return;
    if (sent === 0) firstWriteDelays.push(performance.now() - arrival);
    if (++sent === TOKENS) {
      socket.write(Buffer.concat([TOKEN, END]));
      return done();
    }
    socket.write(TOKEN);
    setTimeout(next, Math.max(0, arrival + TTFT + sent * ITL - performance.now()));
  };
  setTimeout(next, TTFT);
}

function stats(socket) {
  const body = JSON.stringify({
    streams: firstWriteDelays.length,
    ttftP50: percentile(firstWriteDelays, 0.5),
    ttftP99: percentile(firstWriteDelays, 0.99),
  });
  firstWriteDelays = [];
  socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

const badRequest = (socket) => socket.end('HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');

/** One connection: reads a request (head and content-length body), answers it, then reads the next. */
function serve(socket) {
  socket.on('error', () => {});
  let pending = Buffer.alloc(0);
  let arrival = 0;
  let busy = false;
  const take = () => {
    while (!busy && pending.length > 0) {
      const headEnd = pending.indexOf(HEAD_END);
      if (headEnd === -1) return void (pending.length > MAX_HEAD && badRequest(socket));
      const head = pending.toString('latin1', 0, headEnd);
      const length = Number(/\r\ncontent-length:[ \t]*(\d+)/i.exec(head)?.[1] ?? 0);
      const end = headEnd + HEAD_END.length + length;
      if (pending.length < end) return;
      pending = pending.subarray(end);
      const close = /\r\nconnection:[ \t]*close/i.test(head);
      if (head.startsWith('GET /stats ')) {
        stats(socket);
      } else {
        busy = true;
        stream(socket, arrival, () => {
          busy = false;
          if (close) return void socket.end();
          take();
        });
      }
      if (close && !busy) return void socket.end();
    }
  };
  // A request is stamped when its first bytes are read, even while the one before it still streams.
  socket.on('data', (data) => {
    if (pending.length === 0) arrival = performance.now();
    pending = pending.length === 0 ? data : Buffer.concat([pending, data]);
    take();
  });
}

const server = createServer({ noDelay: true }, serve);
server.maxConnections = 100_000;
server.listen(0, '127.0.0.1', 20_000, () => console.log(server.address().port));
