/** Which way is better for a metric, and the smallest change worth calling a regression. */
export interface Direction {
  better: 'lower' | 'higher';
  /** Absolute floor of a regression, so 0.00 % → 0.01 % errors or 0.03 → 0.05 ms is not "infinite". */
  floor: number;
  unit: 'ms' | 'ratio' | 'number' | 'tokens';
}

const MS_METRICS = new Set(['latency', 'ttft', 'ttfo', 'itl', 'tpot', 'e2e', 'send_lag']);

export function directionOf(name: string, stat: string | undefined): Direction {
  if (MS_METRICS.has(name))
    // 0.1 ms: well above the µs resolution of the histograms, well below a 10 % change of a 10 ms ITL.
    return stat === 'count' ? { better: 'higher', floor: 0, unit: 'number' } : { better: 'lower', floor: 0.1, unit: 'ms' };
  switch (name) {
    case 'error_rate':
      return { better: 'lower', floor: 0.001, unit: 'ratio' };
    case 'success_rate':
    case 'goodput':
      return { better: 'higher', floor: 0.001, unit: 'ratio' };
    case 'failures':
    case 'dropped_iterations':
      return { better: 'lower', floor: 1, unit: 'number' };
    case 'output_tokens':
      return { better: 'higher', floor: 1, unit: 'tokens' };
    default:
      // rps, requests, output_tokens_per_s, capacity
      return { better: 'higher', floor: 0, unit: 'number' };
  }
}
