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

/**
 * A streams goal: `count` streams held with TTFT within `withinMs` of the server's own first write, under
 * 1 GiB, judged on the largest count of the rounds. A round that could not run says why in `notRun`.
 */
function streamsCell(rounds, count, withinMs) {
  if (!rounds?.length) return NOT_RUN;
  const signed = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  const largest = rounds.reduce((a, b) => (b.streams > a.streams ? b : a));
  if (largest.notRun) return { ...NOT_RUN, verdict: `not run: ${largest.notRun}` };
  const accurate = Math.abs(largest.offTruthMs) <= withinMs;
  const met = largest.streams >= count && accurate && largest.peakMb < 1024;
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

/**
 * The ratio goals of the client, judged against nginx where the client sets the pace: for each
 * connection count, the fast transport's CPU per request against autocannon's and wrk's, its req/s against
 * autocannon's, the undici transport's CPU per request against autocannon's, and ours against Locust
 * FastHttpUser's (the seeds' tool) when it ran.
 */
function clientGoals(of, mode) {
  const rows = [];
  const where = (connections) => `${connections} connections, ${mode}, nginx`;
  for (const connections of [50, 200]) {
    const t = of?.[connections];
    const vs = (peer) => t?.vs?.[peer];
    rows.push(
      {
        goal: `CPU per request ≤ 0.6 × autocannon's, ${where(connections)}`,
        ...ratioCell(t?.cpu, t?.ofMedians?.cpu, (r) => r <= 0.6, peersNote(t?.peersCpu)),
      },
      { goal: `req/s ≥ 1.4 × autocannon's, ${where(connections)}`, ...ratioCell(t?.rps, t?.ofMedians?.rps, (r) => r >= 1.4) },
      {
        goal: `CPU per request ≤ 1.3 × wrk's, ${where(connections)}`,
        ...ratioCell(vs('wrk')?.cpu, vs('wrk')?.ofMedians?.cpu, (r) => r <= 1.3),
      },
      {
        goal: `undici transport: CPU per request ≤ 1.3 × autocannon's, ${where(connections)}`,
        ...ratioCell(t?.undici?.cpu, t?.undici?.ofMedians?.cpu, (r) => r <= 1.3),
      },
      {
        goal: `CPU per request ≤ 0.125 × Locust FastHttpUser's (8 × cheaper), ${where(connections)}`,
        ...ratioCell(vs('locust')?.cpu, vs('locust')?.ofMedians?.cpu, (r) => r <= 0.125),
      },
    );
  }
  return rows;
}

/**
 * Against the one-process Node server the server is the ceiling, so these ratios say how each client fares
 * there, and are not judged: rows of information, with the ratio of the rounds and the clients' medians.
 */
function serverBoundRows(of, mode) {
  const rows = [];
  for (const connections of [50, 200]) {
    const t = of?.[connections];
    for (const [what, ratios, ofMedians, note] of [
      ["CPU per request over autocannon's", t?.cpu, t?.ofMedians?.cpu, peersNote(t?.peersCpu)],
      ["req/s over autocannon's", t?.rps, t?.ofMedians?.rps, undefined],
    ]) {
      const cell = ratioCell(ratios, ofMedians, () => true, note);
      rows.push({
        goal: `${what}, ${connections} connections, ${mode}, Node server`,
        measured: cell.measured,
        status: cell.status === 'not run' ? 'not run' : 'info',
        verdict: cell.status === 'not run' ? 'not run' : 'information (the server is the ceiling)',
      });
    }
  }
  return rows;
}

/**
 * The goal table's rows for `found`:
 * - `pinned`: whether the run pinned server and client to a core each (the goals name both ways);
 * - `clientBound[connections]`: against nginx, where the client is the bottleneck: `{ cpu, rps }`, the
 *   per-round ratios ours/autocannon, `ofMedians` the ratios of the clients' own medians, `peersCpu` the
 *   other peers' CPU per request over autocannon's, `vs[peer]` ours/peer per round (wrk, locust…), and
 *   `undici` the undici transport's CPU per request over autocannon's per round;
 * - `throughput[connections]`: the same against the one-process Node server (information, not judged);
 * - `latencyP50Ms`: p50 against the 50 ms server at 1,000 req/s;
 * - `streams`: the held-streams rounds on one thread, `{ streams, offTruthMs, offFloorMs, peakMb }` each;
 * - `streamsWide`: the 20,000-stream round with --workers auto, the same, or `{ streams, notRun }`;
 * - `startupMs`: the action's start-up, median.
 * Each row: `goal`, `measured`, `status` (met, missed, undecided, not run; info for information) and
 * `verdict` (the status, with in how many rounds a ratio goal held). A section the run left out is
 * `undefined`; its goals are not run.
 */
export function goalRows(found) {
  const mode = found.pinned ? 'pinned' : 'unpinned';
  const goals = clientGoals(found.clientBound, mode);
  goals.push({
    goal: '10,000 concurrent SSE streams on one thread under 1 GiB RSS, TTFT within 1 ms of the server',
    ...streamsCell(found.streams, 10_000, 1),
  });
  goals.push({
    goal: '20,000 concurrent SSE streams (--workers auto) under 1 GiB RSS, TTFT within 2 ms of the server',
    ...streamsCell(found.streamsWide, 20_000, 2),
  });
  const p50 = found.latencyP50Ms;
  goals.push({
    goal: 'latency p50 within 1 ms of a 50 ms server at 1,000 req/s',
    ...(p50 === undefined ? NOT_RUN : plain(`${p50.toFixed(3)} ms`, Math.abs(p50 - 50) <= 1)),
  });
  const startup = found.startupMs;
  goals.push({
    goal: 'action start-up < 0.5 s to the first request',
    ...(startup === undefined ? NOT_RUN : plain(`${startup.toFixed(0)} ms`, startup < 500)),
  });
  return { goals, information: serverBoundRows(found.throughput, mode) };
}

/** `rows` as a Markdown table, and a line counting the goals run by their status. */
function table(rows, count = true) {
  const of = (status) => rows.filter((r) => r.status === status).length;
  const notRun = of('not run');
  return [
    '| goal | this run | verdict |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.goal} | ${r.measured} | ${r.verdict} |`),
    ...(count
      ? [
          '',
          `Of ${rows.length - notRun} goals run: ${of('met')} met, ${of('missed')} missed, ${of('undecided')} undecided${notRun ? ` (${notRun} not run)` : ''}.`,
        ]
      : []),
  ];
}

/**
 * The goals as a table, the ratio goals judged against nginx (one worker process), where the client, not
 * the server, is the bottleneck; then the same ratios against the one-process Node server, as information.
 */
export function goalTable(found) {
  const { goals, information } = goalRows(found);
  return [
    ...table(goals),
    '',
    'Against the one-process Node server, the server is the ceiling: how the clients fare there, not judged.',
    '',
    ...table(information, false),
  ];
}
