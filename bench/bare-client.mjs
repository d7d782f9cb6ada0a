// The floor for any Node load client: keep-alive sockets that write one fixed request and count one
// response per read, with no parsing, timing or recording. Valid only against the bench's JSON server,
// whose small responses arrive in one read each. Prints {"requests": N} after the duration.
// Usage: node bench/bare-client.mjs URL CONNECTIONS SECONDS
import { connect } from 'node:net';

const [url, connections, seconds] = process.argv.slice(2);
const { hostname, port, host } = new URL(url);
const wire = `GET / HTTP/1.1\r\nhost: ${host}\r\n\r\n`;
const readBuffer = Buffer.allocUnsafe(64 * 1024);
let requests = 0;
let stopping = false;

for (let i = 0; i < Number(connections); i++) {
  const socket = connect({
    host: hostname,
    port: Number(port),
    onread: {
      buffer: readBuffer,
      callback: () => {
        requests++;
        if (!stopping) socket.write(wire);
        return true;
      },
    },
  });
  socket.setNoDelay(true);
  socket.once('connect', () => socket.write(wire));
}

setTimeout(
  () => {
    stopping = true;
    console.log(JSON.stringify({ requests }));
    process.exit(0);
  },
  Number(seconds) * 1000,
);
