import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResourceRecorder } from '../../src/metrics/resources.js';
import { parseDockerMemory, processGroupSampler, prometheusSampler } from '../../src/stack/samplers.js';
import { startServer, type TestServer } from '../helpers/server.js';

describe('resource sampling', () => {
  let server: TestServer;
  let rss = 100e6;
  let cpu = 10;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.end(
        [
          '# HELP process_resident_memory_bytes Resident memory size in bytes.',
          '# TYPE process_resident_memory_bytes gauge',
          `process_resident_memory_bytes ${rss}`,
          `process_cpu_seconds_total ${cpu}`,
          `vllm_gpu_memory_bytes{job="vllm"} 2e9`,
        ].join('\n'),
      );
    });
  });
  afterAll(() => server.close());

  it('reads docker stats memory in every unit it prints', () => {
    expect(parseDockerMemory('12.5MiB / 1.9GiB')).toBe(12.5 * 1024 ** 2);
    expect(parseDockerMemory('1.2GB / 8GB')).toBe(1.2e9);
    expect(parseDockerMemory('512KiB / 1GiB')).toBe(512 * 1024);
    expect(parseDockerMemory('--')).toBeUndefined();
  });

  it('reads Prometheus process metrics, and named ones by label', async () => {
    const sampler = prometheusSampler(`${server.url}/metrics`);
    expect(await sampler.sample()).toEqual([{ service: 'service', memoryBytes: 100e6, cpuPercent: null }]);
    rss = 150e6;
    cpu = 10.5;
    await new Promise((r) => setTimeout(r, 100));
    const [second] = await sampler.sample();
    expect(second!.memoryBytes).toBe(150e6);
    expect(second!.cpuPercent!).toBeGreaterThan(50); // 0.5 s of CPU in ~0.1 s
    const named = prometheusSampler(`${server.url}/metrics`, { memory: 'vllm_gpu_memory_bytes' });
    expect(await named.sample()).toEqual([{ service: 'vllm', memoryBytes: 2e9, cpuPercent: null }]);
  });

  it('reads its own process group from /proc', async () => {
    const pgrp = Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[2]);
    const [sample] = await processGroupSampler(pgrp).sample();
    expect(sample!.memoryBytes).toBeGreaterThan(20e6);
  });

  it('keeps series bounded by averaging neighbours', () => {
    const recorder = new ResourceRecorder('test', 100);
    for (let i = 0; i < 1000; i++) recorder.add(i * 1000, [{ service: 's', memoryBytes: i * 1e6, cpuPercent: 1 }]);
    const { services } = recorder.finish();
    expect(services.s!.points.length).toBeLessThanOrEqual(100);
    expect(services.s!.peakMemoryMB).toBe(999);
  });
});
