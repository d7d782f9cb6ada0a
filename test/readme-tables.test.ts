import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url);

/** The rows of the README table between `<!-- action-NAME -->` markers, as trimmed cells. */
function tableRows(readme: string, name: string): string[][] {
  const section = new RegExp(`<!-- action-${name} -->([\\s\\S]*?)<!-- /action-${name} -->`).exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // header and delimiter
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|').replace(/\s+/g, ' ')),
    );
}

describe("the README's tables of the action's inputs and outputs (npm run docs writes them)", async () => {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const action = parse(await readFile(new URL('action.yml', root), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
  };
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('lists every input of action.yml, in its order, with its default and description', () => {
    expect(tableRows(readme, 'inputs')).toEqual(
      Object.entries(action.inputs).map(([name, input]) => [
        `\`${name}\``,
        input.default === undefined ? '' : `\`${input.default}\``,
        squash(input.description),
      ]),
    );
  });

  it('lists every output with its description', () => {
    expect(tableRows(readme, 'outputs')).toEqual(
      Object.entries(action.outputs).map(([name, output]) => [`\`${name}\``, squash(output.description)]),
    );
  });
});
