import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/examples.js';

interface Workflow {
  on: Record<string, { tags?: string[]; branches?: string[] } | null>;
  jobs: Record<string, { steps: { name?: string; run?: string; uses?: string }[] }>;
}
const workflow = async (name: string) => parse(await readFile(join(ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const runs = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps.flatMap((s) => (s.run ? [s.run] : [])));
const stepNamed = (w: Workflow, name: string) =>
  Object.values(w.jobs)
    .flatMap((j) => j.steps)
    .find((s) => s.name === name)!.run!;

const sh = (script: string, cwd: string, env: Record<string, string>) =>
  execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' });
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args], { cwd, encoding: 'utf8' }).trim();

describe("this repository's own workflows", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-release-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('ci runs npm ci, the tests and the dist freshness check, on pushes to main and pull requests', async () => {
    const ci = await workflow('ci.yml');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    const commands = runs(ci).join('\n');
    for (const command of ['npm ci', 'npm test', 'npm run build', 'git diff --exit-code --stat -- dist'])
      expect(commands).toContain(command);
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm test'); // the README's test command is the one CI runs
  });

  it('release checks the tag against package.json and moves the major tag to the release commit', async () => {
    const release = await workflow('release.yml');
    expect(release.on.push!.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const origin = join(dir, 'origin.git');
    const work = join(dir, 'work');
    execFileSync('git', ['init', '-q', '--bare', origin]);
    execFileSync('git', ['clone', '-q', origin, work]);
    const moveMajor = stepNamed(release, 'move the major tag');
    const versionCheck = stepNamed(release, "the tag is package.json's version");
    const shas: string[] = [];
    for (const version of ['1.0.0', '1.0.1']) {
      await writeFile(join(work, 'package.json'), JSON.stringify({ version }));
      git(work, 'add', '.');
      git(work, 'commit', '-q', '-m', version);
      const sha = git(work, 'rev-parse', 'HEAD');
      shas.push(sha);
      git(work, 'push', '-q', 'origin', 'HEAD:main');
      const env = { GITHUB_REF_NAME: `v${version}`, GITHUB_SHA: sha };
      sh(versionCheck, work, env);
      expect(() => sh(versionCheck, work, { ...env, GITHUB_REF_NAME: 'v9.9.9' })).toThrow();
      sh(moveMajor, work, env);
      expect(execFileSync('git', ['rev-parse', 'refs/tags/v1'], { cwd: origin, encoding: 'utf8' }).trim()).toBe(sha);
    }
    expect(shas[0]).not.toBe(shas[1]); // v1 moved from the first release to the second
  });

  it('self-test runs the action from this checkout (uses: ./) with a profile of this repository', async () => {
    const selfTest = await workflow('self-test.yml');
    const step = Object.values(selfTest.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses === './') as { with?: { profile?: string } } | undefined;
    expect(step?.with?.profile).toBe('.github/self-test.yml');
    // It runs end to end in test/e2e/examples-action.test.ts.
  });

  it('package.json names the repository the examples use (llm-load/llm-load-action)', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
    expect(pkg.repository.url).toBe('git+https://github.com/llm-load/llm-load-action.git');
    const example = await readFile(join(ROOT, 'examples/workflows/pr-gate.yml'), 'utf8');
    expect(example).toContain('uses: llm-load/llm-load-action@v1');
  });
});
