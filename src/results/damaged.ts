import { ConfigError } from '../core/errors.js';
import { HistogramEncodingError } from '../metrics/hdr-encoding.js';
import { decodeHistogram, type Summary } from '../metrics/histogram.js';
import type { Results } from './results.js';

/**
 * A histogram of results read from files (shards to merge, a report's results and baseline) that did not
 * decode, as an error naming the file (`sources`, by part) and the place; any other error as it is.
 * Looked for only after decoding failed, so reading good files costs nothing more.
 */
export function nameDamagedHistogram(error: unknown, parts: Results[], sources: string[]): unknown {
  if (!(error instanceof HistogramEncodingError)) return error;
  const damaged = findDamagedHistogram(parts);
  if (!damaged) return error;
  return new ConfigError(
    `${sources[damaged.part] ?? `part ${damaged.part + 1}`}: ${damaged.where}: ${damaged.problem}`,
    'the file is damaged: take it again from the run that wrote it',
  );
}

/** The first histogram of the parts that does not decode, and where it is. */
function findDamagedHistogram(parts: Results[]): { part: number; where: string; problem: string } | undefined {
  for (const [part, results] of parts.entries()) {
    const places: [string, string | undefined][] = [];
    const addMetrics = (prefix: string, metrics: Record<string, Summary | undefined>) => {
      for (const [key, summary] of Object.entries(metrics)) places.push([`${prefix}metrics.${key}.hdr`, summary?.hdr]);
    };
    addMetrics('', results.metrics);
    for (const kind of ['endpoints', 'scenarios', 'tags'] as const)
      for (const [key, group] of Object.entries(results[kind] ?? {})) addMetrics(`${kind}[${JSON.stringify(key)}].`, group.metrics);
    results.timeline.windows.forEach((w, i) =>
      places.push([`timeline.windows[${i}].hdr`, w.hdr], [`timeline.windows[${i}].ttftHdr`, w.ttftHdr]),
    );
    for (const [where, hdr] of places) {
      try {
        if (hdr) decodeHistogram(hdr);
      } catch (decodeError) {
        return { part, where, problem: (decodeError as Error).message };
      }
    }
  }
  return undefined;
}
