// The client's performance goals, judged against what one bench run found: a table the bench prints at
// its end, so whoever runs it reads met or missed per goal without working it out from the rounds. A ratio
// goal is judged by the median of the per-round ratios; the table also says in how many rounds it held and
// whether the clients' own medians agree, so a cell the host's noise decides shows as such.

/** The middle value (the upper of the two middle ones for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const NOT_RUN = { measured: '–', status: 'not run', verdict: 'not run' };
const judged = (ok) => (ok ? 'met' : 'missed');
/** A cell judged by `ok` alone, its verdict the bare status. */
const plain = (measured, ok) => ({ measured, status: judged(ok), verdict: judged(ok) });

/**
 * A goal on the ratios ours/autocannon: `ratios` per round, `ofMedians` the ratio of the two clients' own
 * medians. Judged by the median of the rounds' ratios; when the ratio of the clients' medians falls on the
 * other side of the goal, the host moved more than the goal's margin and the cell reads undecided.
 */
function ratioCell(ratios, ofMedians, holds, context) {
  if (!ratios?.length) return NOT_RUN;
  // Two decimals, or three where two would round a ratio onto the goal's other side (0.7512 is no 0.75).
  const show = (x) => x.toFixed(holds(Number(x.toFixed(2))) === holds(x) ? 2 : 3);
  const mid = median(ratios);
  const held = `${ratios.filter(holds).length} of ${ratios.length} rounds`;
  const range = ratios.length > 1 ? `rounds ${show(Math.min(...ratios))}–${show(Math.max(...ratios))}` : undefined;
  const medians = ofMedians === undefined ? undefined : `clients' medians ${show(ofMedians)}`;
  const detail = [range, medians, context].filter(Boolean).join('; ');
  const measured = `${show(mid)}${detail ? ` (${detail})` : ''}`;
  if (ofMedians !== undefined && holds(ofMedians) !== holds(mid)) {
    const why = `${judged(holds(mid))} by the rounds' median, ${judged(holds(ofMedians))} by the clients' medians`;
    return { measured, status: 'undecided', verdict: `undecided: ${why}; ${held}` };
  }
  return { measured, status: judged(holds(mid)), verdict: `${judged(holds(mid))}, ${held}` };
}

/** The streams goal: the largest count held with TTFT within 2 ms of the server's own first write, under 1 GiB. */
function streamsCell(rounds) {
  if (!rounds?.length) return NOT_RUN;
  const signed = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  const largest = rounds.reduce((a, b) => (b.streams > a.streams ? b : a));
  const accurate = Math.abs(largest.offTruthMs) <= 2;
  const met = largest.streams >= 10_000 && accurate && largest.peakMb < 1024;
  const floor = accurate ? '' : `; the stamp-only client read ${signed(largest.offFloorMs)}`;
  return plain(
    `${largest.streams.toLocaleString('en-US')} streams: TTFT ${signed(largest.offTruthMs)} ms${floor}, ${largest.peakMb.toFixed(0)} MB`,
    met,
  );
}

/**
 * The cheaper peers' CPU per request against autocannon's, by the clients' medians: how close to the goal a
 * client gets that is written in C (wrk) or parses and records nothing (the bare loop).
 */
function peersNote(peersCpu) {
  const entries = Object.entries(peersCpu ?? {});
  return entries.length ? `peers: ${entries.map(([peer, r]) => `${peer} ${r.toFixed(2)}`).join(', ')}` : undefined;
}

/** The four ratio goals (CPU per request and req/s against autocannon's, at 50 and 200 connections) on `of`. */
function ratioRows(of, mode, suffix = '') {
  const rows = [];
  for (const connections of [50, 200]) {
    const t = of?.[connections];
    rows.push({
      goal: `CPU per request ≤ 0.75 × autocannon's, ${connections} connections, ${mode}${suffix}`,
      ...ratioCell(t?.cpu, t?.ofMedians?.cpu, (r) => r <= 0.75, peersNote(t?.peersCpu)),
    });
    rows.push({
      goal: `req/s ≥ autocannon's, ${connections} connections, ${mode}${suffix}`,
      ...ratioCell(t?.rps, t?.ofMedians?.rps, (r) => r >= 1),
    });
  }
  return rows;
}

/**
 * The goal table's rows for `found`:
 * - `pinned`: whether the run pinned server and client to a core each (the goals name both ways);
 * - `throughput[connections]`: `{ cpu, rps }`, the per-round ratios ours/autocannon against the Node JSON
 *   server, `ofMedians: { cpu, rps }`, the ratios of the two clients' own medians, and `peersCpu`, the
 *   other peers' CPU per request over autocannon's by their medians (shown beside the CPU goal);
 * - `clientBound[connections]`: the same against nginx, where the client is the bottleneck;
 * - `latencyP50Ms`: p50 against the 50 ms server at 1,000 req/s;
 * - `streams`: the held-streams rounds, `{ streams, offTruthMs, offFloorMs, peakMb }` each;
 * - `startupMs`: the action's start-up, median.
 * Each row: `goal`, `measured`, `status` (met, missed, undecided or not run) and `verdict` (the status, with
 * in how many rounds a ratio goal held). A section the run left out is `undefined`; its goals are not run.
 * `issue` holds the goals as the issue measures them (against the Node server, which is the ceiling);
 * `clientBound` the ratio goals again with the client the bottleneck.
 */
export function goalRows(found) {
  const mode = found.pinned ? 'pinned' : 'unpinned';
  const issue = ratioRows(found.throughput, mode);
  issue.push({
    goal: '10,000 concurrent SSE streams under 1 GiB RSS, TTFT within 2 ms of the server',
    ...streamsCell(found.streams),
  });
  const p50 = found.latencyP50Ms;
  issue.push({
    goal: 'latency p50 within 1 ms of a 50 ms server at 1,000 req/s',
    ...(p50 === undefined ? NOT_RUN : plain(`${p50.toFixed(3)} ms`, Math.abs(p50 - 50) <= 1)),
  });
  const startup = found.startupMs;
  issue.push({
    goal: 'action start-up < 0.5 s to the first request',
    ...(startup === undefined ? NOT_RUN : plain(`${startup.toFixed(0)} ms`, startup < 500)),
  });
  return { issue, clientBound: ratioRows(found.clientBound, mode, ', nginx') };
}

/** `rows` as a Markdown table, and a line counting the goals run by their status. */
function table(rows) {
  const count = (status) => rows.filter((r) => r.status === status).length;
  const notRun = count('not run');
  return [
    '| goal | this run | verdict |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.goal} | ${r.measured} | ${r.verdict} |`),
    '',
    `Of ${rows.length - notRun} goals run: ${count('met')} met, ${count('missed')} missed, ${count('undecided')} undecided${notRun ? ` (${notRun} not run)` : ''}.`,
  ];
}

/**
 * The issue's goals as a table, then the ratio goals with the client the bottleneck. Against the Node
 * server the cheaper a client is, the more often it waits and is woken again, which on this VM adds up to ~5 µs
 * to each of its requests (bench/RESULTS.md, 2026-11-26); against nginx every client runs flat out.
 */
export function goalTable(found) {
  const { issue, clientBound } = goalRows(found);
  return [
    ...table(issue),
    '',
    "The ratio goals again, against nginx (one worker process): there the client, not the server, is the bottleneck, so CPU per request is each client's own cost and req/s its own speed.",
    '',
    ...table(clientBound),
  ];
}
