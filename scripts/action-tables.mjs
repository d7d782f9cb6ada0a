// The README's tables of the action's inputs and outputs, made from action.yml so the two cannot drift.
// `node scripts/action-tables.mjs` rewrites them between their markers; a test checks they are fresh.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from 'markdown-table';
import { parse } from 'yaml';

const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/** The two tables, as markdown, from the text of action.yml. */
export function actionTables(actionYml) {
  const action = parse(actionYml);
  const inputs = markdownTable([
    ['input', 'default', 'what it does'],
    ...Object.entries(action.inputs).map(([name, input]) => [
      `\`${name}\``,
      input.default === undefined ? '' : `\`${cell(input.default)}\``,
      cell(input.description),
    ]),
  ]);
  const outputs = markdownTable([
    ['output', 'what it holds'],
    ...Object.entries(action.outputs).map(([name, output]) => [`\`${name}\``, cell(output.description)]),
  ]);
  return { inputs, outputs };
}

/** README text with each table between its markers replaced. */
export function withTables(readme, tables) {
  let out = readme;
  for (const [name, table] of Object.entries(tables)) {
    const re = new RegExp(`(<!-- action-${name} -->)[\\s\\S]*?(<!-- /action-${name} -->)`);
    if (!re.test(out)) throw new Error(`README.md has no <!-- action-${name} --> … <!-- /action-${name} --> markers`);
    out = out.replace(re, (_, start, end) => `${start}\n${table}\n${end}`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url);
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const tables = actionTables(await readFile(new URL('action.yml', root), 'utf8'));
  await writeFile(new URL('README.md', root), withTables(readme, tables));
}
