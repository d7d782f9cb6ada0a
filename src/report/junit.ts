import type { Gate } from '../results/gate.js';
import type { Results } from '../results/results.js';
import { formatValue } from './units.js';
import { escapeXml } from './escape.js';

const xml = escapeXml;

/** One testcase per gate row, so CI test reporters show the gate; rows that fail the run are failures. */
export function gateJunit(results: Results, gate: Gate): string {
  const failsRun = (result: string) =>
    gate.failOn === 'warn' ? result !== 'PASS' : gate.failOn === 'critical' ? result === 'FAIL' : false;
  const cases = gate.rows.map((row) => {
    const current = formatValue(row.metric, row.unit, row.current);
    const detail = `${row.metric} = ${current}${row.note ? `: ${row.note}` : ''}`;
    const body = failsRun(row.result)
      ? `<failure message="${xml(`${row.result}: ${detail}`)}" type="${row.result}"/>`
      : row.result === 'INSUFFICIENT'
        ? `<skipped message="${xml(detail)}"/>`
        : `<system-out>${xml(`${row.result}: ${detail}`)}</system-out>`;
    return `    <testcase classname="llm-load.${xml(results.meta.name)}" name="${xml(row.metric)}">${body}</testcase>`;
  });
  const failures = gate.rows.filter((row) => failsRun(row.result)).length;
  const skipped = gate.rows.filter((row) => row.result === 'INSUFFICIENT' && !failsRun(row.result)).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="llm-load" tests="${gate.rows.length}" failures="${failures}">`,
    `  <testsuite name="llm-load gate: ${xml(results.meta.name)}" tests="${gate.rows.length}" failures="${failures}" skipped="${skipped}" time="${results.meta.durationS}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
