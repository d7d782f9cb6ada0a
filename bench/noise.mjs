// A bounded noise source for bench:gate: one busy loop that spins in random bursts, as a neighbour job
// on a shared runner would. Seeded; stops on SIGTERM or after --max-seconds, whichever comes first.
// Usage: node bench/noise.mjs SEED MAX_SECONDS
import { seededRandom } from './rules.mjs';

const seed = Number(process.argv[2] ?? 1);
const maxSeconds = Number(process.argv[3] ?? 3600);
const random = seededRandom(seed);
const endAt = Date.now() + maxSeconds * 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
process.once('SIGTERM', () => process.exit(0));

while (Date.now() < endAt) {
  await sleep(500 + random() * 2500); // quiet for 0.5–3 s
  const busyUntil = Math.min(endAt, Date.now() + 200 + random() * 1300); // then busy for 0.2–1.5 s
  while (Date.now() < busyUntil) {
    // spin
  }
}
