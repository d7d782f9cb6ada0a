import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadProfileFile, parseProfile } from '../src/config/load.js';
import { runProfile } from '../src/engine/run.js';
import { startMockServer, type MockServer } from '../src/mock/server.js';
import { exampleProfileFor, PROFILES, ROOT, shortenedProfile, WORKFLOWS, yamlIn } from './helpers/examples.js';

type Workflow = { on?: unknown; jobs?: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };

describe('examples stay true to the code', async () => {
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string } };
  const profiles = await yamlIn(PROFILES);
  const workflows = await yamlIn(WORKFLOWS);
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ ttftMs: 5, itlMs: 1, outputTokens: 4, seed: 1 });
  });
  afterAll(() => mock.close());

  it('runs on node24, and keeps profiles and workflows apart', async () => {
    expect(action.runs.using).toBe('node24');
    for (const file of profiles) expect((parse(await readFile(join(PROFILES, file), 'utf8')) as Workflow).jobs, file).toBeUndefined();
    for (const file of workflows) expect((parse(await readFile(join(WORKFLOWS, file), 'utf8')) as Workflow).jobs, file).toBeDefined();
  });

  it.each(profiles)(
    'profile %s loads and runs against the mock, every request answered',
    async (file) => {
      const env = { ...process.env, LLM_LOAD_PORT: String(new URL(mock.url).port), TARGET: mock.url };
      const profile = parseProfile(await shortenedProfile(join(PROFILES, file), 1500), file, env);
      const results = await runProfile(profile, { seed: 1, profilePath: join(PROFILES, file) });
      expect(results.totals.requests, file).toBeGreaterThan(0);
      expect(results.totals.failures, JSON.stringify(results.errors)).toBe(0);
      const streams = Object.values(profile.scenarios).some((s) => s.flow.some((step) => step.llm));
      if (streams) expect(results.metrics.ttft?.count, file).toBeGreaterThan(0);
    },
    20_000,
  );

  it.each(workflows)('workflow %s uses only inputs the action has, and names an example profile that exists', async (file) => {
    const text = await readFile(join(WORKFLOWS, file), 'utf8');
    const doc = parse(text) as Workflow;
    for (const job of Object.values(doc.jobs!)) {
      for (const step of job.steps.filter((s) => s.uses?.includes('llm-load-action'))) {
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
        const profile = step.with?.profile;
        if (typeof profile !== 'string') continue;
        // A user copies the profile to the path the workflow names; the comment says from where.
        expect(text).toContain(`examples/profiles/${profile}`);
        await expect(
          loadProfileFile(exampleProfileFor(profile), { ...process.env, LLM_LOAD_PORT: '8000', TARGET: 'http://x' }),
        ).resolves.toBeDefined();
      }
    }
  });
});
