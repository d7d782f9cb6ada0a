import { readdir, readFile } from 'node:fs/promises';
import type { ResourceSample, ResourceSampler } from '../metrics/resources.js';
import { composeArgs, runDocker, type ComposeSpec } from './docker.js';
import { getOnce, transportFor, type TransportSettings } from '../http/choose.js';

/** How a Prometheus endpoint is read: the profile's transport settings and `insecure`. */
export interface ProbeHttp {
  settings: TransportSettings;
  insecure: boolean;
}
export const DEFAULT_PROBE_HTTP: ProbeHttp = { settings: { transport: 'auto', version: '1.1' }, insecure: false };

const PAGE = 4096;
const TICKS_PER_S = 100;

/**
 * A start-command's process group, read from /proc: RSS and CPU time summed over every process in it.
 * CPU % is the change in CPU time between two readings.
 */
export function processGroupSampler(pgid: number, service = 'service'): ResourceSampler {
  let last: { ticks: number; at: number } | undefined;
  return {
    source: `/proc (process group ${pgid})`,
    async sample() {
      let rssPages = 0;
      let ticks = 0;
      for (const entry of await readdir('/proc').catch(() => [] as string[])) {
        if (!/^\d+$/.test(entry)) continue;
        const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // fields[0] is field 3 (state): pgrp is field 5, utime 14, stime 15, rss 24.
        if (Number(fields[2]) !== pgid || fields[0] === 'Z') continue;
        ticks += Number(fields[11]) + Number(fields[12]);
        rssPages += Number(fields[21]);
      }
      const at = performance.now();
      const cpuPercent = last ? (((ticks - last.ticks) / TICKS_PER_S) * 100_000) / Math.max(1, at - last.at) : null;
      last = { ticks, at };
      return rssPages ? [{ service, memoryBytes: rssPages * PAGE, cpuPercent }] : [];
    },
  };
}

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4 };

/** `12.3MiB / 1.9GiB` → 12.3 × 1024². */
export function parseDockerMemory(text: string): number | undefined {
  const m = /^\s*([\d.]+)\s*([a-z]+)/i.exec(text);
  if (!m) return undefined;
  const factor = UNITS[m[2]!.toLowerCase()];
  return factor === undefined ? undefined : Number(m[1]) * factor;
}

/** A compose project's containers, via `docker compose ps -q` and `docker stats --no-stream`. */
export function dockerStatsSampler(spec: ComposeSpec): ResourceSampler {
  const run = async (argv: string[]) => {
    const result = await runDocker(argv, spec.env, 30_000, undefined, spec.cwd);
    return result.code === 0 ? result.stdout : '';
  };
  return {
    source: `docker stats (project ${spec.project})`,
    async sample() {
      const ids = (await run([...composeArgs(spec), 'ps', '-q'])).split('\n').filter(Boolean);
      if (ids.length === 0) return [];
      const out = await run(['docker', 'stats', '--no-stream', '--format', '{{json .}}', ...ids]);
      const samples: ResourceSample[] = [];
      for (const line of out.split('\n').filter(Boolean)) {
        try {
          const row = JSON.parse(line) as { Name?: string; MemUsage?: string; CPUPerc?: string };
          const memoryBytes = parseDockerMemory(row.MemUsage ?? '');
          if (memoryBytes === undefined) continue;
          const service = (row.Name ?? 'container').replace(new RegExp(`^${spec.project}[-_]`), '').replace(/[-_]\d+$/, '');
          samples.push({ service, memoryBytes, cpuPercent: row.CPUPerc ? Number.parseFloat(row.CPUPerc) : null });
        } catch {
          // a line docker did not finish; the next reading will have it
        }
      }
      return samples;
    },
  };
}

/**
 * A Prometheus text endpoint: `process_resident_memory_bytes` and `process_cpu_seconds_total` by default,
 * or the named metrics. Every label set of the memory metric is its own service (by its `job` or
 * `service` label when present).
 */
export function prometheusSampler(
  url: string,
  names: { memory?: string; cpu?: string } = {},
  http: ProbeHttp = DEFAULT_PROBE_HTTP,
): ResourceSampler {
  const memoryName = names.memory ?? 'process_resident_memory_bytes';
  const cpuName = names.cpu ?? 'process_cpu_seconds_total';
  const lastCpu = new Map<string, { seconds: number; at: number }>();
  return {
    source: `prometheus ${url}`,
    async sample() {
      // A transport per sample (one every few seconds): it travels as the load does, proxies and TLS alike.
      const transport = await transportFor([url], http.settings, http.insecure);
      const outcome = await getOnce(transport, url, 10_000).finally(() => transport.close());
      if (outcome.error) return [];
      const text = outcome.body ?? '';
      const at = performance.now();
      const read = (name: string) => {
        const values = new Map<string, number>();
        for (const m of text.matchAll(new RegExp(`^${name}(\\{[^}]*\\})?\\s+([^\\s]+)`, 'gm'))) {
          const labels = m[1] ?? '';
          const service = /(?:service|job)="([^"]+)"/.exec(labels)?.[1] ?? 'service';
          values.set(service, (values.get(service) ?? 0) + Number(m[2]));
        }
        return values;
      };
      const cpu = read(cpuName);
      return [...read(memoryName)].map(([service, memoryBytes]) => {
        const seconds = cpu.get(service);
        const before = lastCpu.get(service);
        if (seconds !== undefined) lastCpu.set(service, { seconds, at });
        const cpuPercent = seconds !== undefined && before ? ((seconds - before.seconds) * 100_000) / Math.max(1, at - before.at) : null;
        return { service, memoryBytes, cpuPercent };
      });
    },
  };
}

/** Several sources read together (e.g. a process tree and a Prometheus endpoint). */
export function combineSamplers(samplers: ResourceSampler[]): ResourceSampler | undefined {
  if (samplers.length <= 1) return samplers[0];
  return {
    source: samplers.map((s) => s.source).join(' + '),
    async sample() {
      return (await Promise.all(samplers.map((s) => s.sample()))).flat();
    },
  };
}

/** The samplers a profile asks for beside the stack's own (its `resources.prometheus`). */
export function profileSamplers(
  resources: { prometheus?: string; memory_metric?: string; cpu_metric?: string } | undefined,
  http?: ProbeHttp,
): ResourceSampler[] {
  return resources?.prometheus
    ? [prometheusSampler(resources.prometheus, { memory: resources.memory_metric, cpu: resources.cpu_metric }, http)]
    : [];
}
