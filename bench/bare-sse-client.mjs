// The floor for TTFT under many streams: keep-alive sockets that POST one fixed request, stamp the first
// read that holds "data: " as the first token, and send the next request after "[DONE]" — no parsing,
// recording or anything else. A user's first request is timed from when it starts connecting, as the
// engine times a request that has to open its connection. Valid only against bench/sse-target.mjs, which flushes its head before the
// first token and ends each stream with [DONE]. Users start evenly over the ramp-up; after the duration
// it prints {"streams": N, "p50": ms, "p99": ms} of the TTFTs it saw.
// Usage: node bench/bare-sse-client.mjs URL USERS RAMP_UP_SECONDS SECONDS
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';

const [url, users, rampUpS, seconds] = process.argv.slice(2);
const { hostname, port, host } = new URL(url);
const body = JSON.stringify({ model: 'bench', stream: true, messages: [{ role: 'user', content: 'Say hello.' }] });
const wire = `POST /v1/chat/completions HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`;
const readBuffer = Buffer.allocUnsafe(64 * 1024);
const DATA = Buffer.from('data: ');
const DONE = Buffer.from('[DONE]');
const ttfts = [];
let stopping = false;

function user() {
  let start = performance.now();
  let first = true;
  const send = () => {
    if (stopping) return;
    socket.write(wire);
  };
  const next = () => {
    first = true;
    start = performance.now();
    send();
  };
  const socket = connect({
    host: hostname,
    port: Number(port),
    onread: {
      buffer: readBuffer,
      callback: (n) => {
        const read = readBuffer.subarray(0, n);
        if (first && read.indexOf(DATA) !== -1) {
          first = false;
          ttfts.push(performance.now() - start);
        }
        if (read.indexOf(DONE) !== -1) next();
        return true;
      },
    },
  });
  socket.setNoDelay(true);
  socket.once('connect', send);
}

const gapMs = (Number(rampUpS) * 1000) / Number(users);
for (let i = 0; i < Number(users); i++) setTimeout(user, i * gapMs);

setTimeout(
  () => {
    stopping = true;
    ttfts.sort((a, b) => a - b);
    const at = (q) => ttfts[Math.min(ttfts.length - 1, Math.floor(q * ttfts.length))] ?? null;
    console.log(JSON.stringify({ streams: ttfts.length, p50: at(0.5), p99: at(0.99) }));
    process.exit(0);
  },
  Number(seconds) * 1000,
);
