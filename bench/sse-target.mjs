// The bench's SSE target: an OpenAI-style stream of --tokens chunks, the first --ttft ms after the request
// arrives, then one every --itl ms (scheduled from the arrival, so timer lateness does not add up).
// It records when it really wrote each stream's first token: GET /stats gives that delay's p50/p99, the
// truth the client's TTFT is checked against when the server itself falls behind.
// Usage: node bench/sse-target.mjs --ttft 100 --itl 10 --tokens 64   (prints its port)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { ttft: { type: 'string', default: '100' }, itl: { type: 'string', default: '10' }, tokens: { type: 'string', default: '64' } },
});
const TTFT = Number(values.ttft);
const ITL = Number(values.itl);
const TOKENS = Number(values.tokens);
const chunk = (delta) => `data: {"object":"chat.completion.chunk","choices":[{"index":0,"delta":${delta}}]}\n\n`;
const TOKEN = chunk('{"content":"tok "}');
const END = `data: {"object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":8,"completion_tokens":${TOKENS},"total_tokens":${TOKENS + 8}}}\n\ndata: [DONE]\n\n`;

let firstWriteDelays = [];
const percentile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
};

function stream(res, arrival) {
  let sent = 0;
  const next = () => {
    if (res.destroyed) return;
    if (sent === 0) firstWriteDelays.push(performance.now() - arrival);
    res.write(TOKEN);
    if (++sent === TOKENS) return void res.end(END);
    setTimeout(next, Math.max(0, arrival + TTFT + sent * ITL - performance.now()));
  };
  setTimeout(next, TTFT);
}

const server = createServer((req, res) => {
  const arrival = performance.now();
  if (req.method === 'GET' && req.url === '/stats') {
    const body = JSON.stringify({
      streams: firstWriteDelays.length,
      ttftP50: percentile(firstWriteDelays, 0.5),
      ttftP99: percentile(firstWriteDelays, 0.99),
    });
    firstWriteDelays = [];
    return void res.end(body);
  }
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.flushHeaders();
    stream(res, arrival);
  });
});
server.keepAliveTimeout = 60_000;
server.maxConnections = 100_000;
server.listen(0, '127.0.0.1', 20_000, () => console.log(server.address().port));
