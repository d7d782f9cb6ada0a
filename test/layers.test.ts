import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script, checked by its own run in npm test
import { checkLayers, readSources } from '../scripts/layers.mjs';

const check = checkLayers as (sources: Record<string, string>) => string[];

describe('the import rule (scripts/layers.mjs)', () => {
  it('holds for src/: every import points down, none in a circle', () => {
    expect(check((readSources as (root: string) => Record<string, string>)(fileURLToPath(new URL('../src', import.meta.url))))).toEqual([]);
  });

  it('names an upward import and a sideways one on the same floor', () => {
    const problems = check({
      'core/errors.ts': "import { Results } from '../results/results.js';\n",
      'results/results.ts': 'export type Results = {};\n',
      'engine/search.ts': "import { brokenSlos } from '../gate/slo.js';\n",
      'gate/slo.ts': 'export const brokenSlos = 1;\n',
    });
    expect(problems).toEqual([
      'core/errors.ts: imports ../results/results.js, but results/ (floor 4) is not below core/ (floor 1); move the shared part down',
      'engine/search.ts: imports ../gate/slo.js, but gate/ (floor 7) is not below engine/ (floor 7); move the shared part down',
    ]);
  });

  it('names a cycle, type-only imports included', () => {
    const problems = check({
      'engine/run.ts': "import { runSearch } from './search.js';\n",
      'engine/search.ts': "import type { RunOptions } from './run.js';\n",
    });
    expect(problems).toEqual(['import cycle: engine/run.ts → engine/search.ts → engine/run.ts']);
  });

  it('keeps GitHub in the faces that talk to it', () => {
    const problems = check({
      'engine/run.ts': "import * as core from '@actions/core';\nconst sha = process.env.GITHUB_SHA;\n",
      'cli/main.ts': "import { upsert } from '../github/comment.js';\n",
      'github/comment.ts': 'export const upsert = 1;\n',
      'loose.ts': '',
    });
    expect(problems).toEqual([
      'engine/run.ts: imports @actions/core; only github/ and action/ talk to GitHub',
      "engine/run.ts: reads GitHub's environment; only github/, action/ and pipeline/ do",
      'cli/main.ts: imports ../github/comment.js; only action/ uses github/',
      'loose.ts: a file directly in src/ has no floor; put it in a folder (core/ for shared leaves)',
    ]);
  });
});
