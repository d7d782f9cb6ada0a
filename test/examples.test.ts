import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadProfileFile } from '../src/config/load.js';

const root = new URL('..', import.meta.url).pathname;
/** What both faces give a profile that takes its port from LLM_LOAD_PORT. */
const PORT = { LLM_LOAD_PORT: '8000' };

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await yamlFiles(path)));
    else if (entry.name.endsWith('.yml')) out.push(path);
  }
  return out;
}

describe('examples stay true to the code', async () => {
  const action = parse(await readFile(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string } };
  const files = await yamlFiles(join(root, 'examples'));
  type Workflow = { on?: unknown; jobs?: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
  const workflows: { file: string; doc: Workflow }[] = [];
  for (const file of files) {
    const doc = parse(await readFile(file, 'utf8')) as Workflow;
    if (doc.jobs) workflows.push({ file, doc });
  }

  it('runs on node24', () => {
    expect(action.runs.using).toBe('node24');
  });

  it.each(files.filter((f) => !workflows.some((w) => w.file === f)))('profile %s loads', async (file) => {
    await expect(loadProfileFile(file, { ...process.env, ...PORT })).resolves.toBeDefined();
  });

  it.each(workflows.map((w) => [w.file, w.doc] as const))(
    'workflow %s uses only inputs the action has, and profiles that exist',
    async (_file, doc) => {
      for (const job of Object.values(doc.jobs!)) {
        for (const step of job.steps.filter((s) => s.uses?.includes('llm-load-action'))) {
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
          const profile = step.with?.profile;
          if (typeof profile === 'string')
            await expect(loadProfileFile(join(root, profile), { ...process.env, ...PORT })).resolves.toBeDefined();
        }
      }
    },
  );
});
