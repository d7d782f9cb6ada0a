// The import rule: every folder of src/ sits on a floor, and an import points only to a lower floor or
// within its own folder; nothing imports in a circle; @actions/* and GitHub's environment stay in the
// faces that talk to GitHub. Run as a script it checks src/ and exits 1 with each breach named.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Floors from the bottom up (DESIGN.md §3). Folders on one floor do not import each other. */
export const FLOORS = {
  core: 1,
  protocols: 2,
  metrics: 3,
  results: 4,
  http: 4,
  thresholds: 5,
  config: 6,
  engine: 7,
  stack: 7,
  gate: 7,
  report: 7,
  mock: 7,
  pipeline: 8,
  github: 9,
  cli: 10,
  action: 10,
};

/** Folders that may import @actions/* and read GITHUB_* variables. */
const GITHUB_FACES = new Set(['github', 'action']);
/** Only the action uses github/. */
const GITHUB_USERS = new Set(['action']);
/** Besides the GitHub faces, where the commit under test is read from GITHUB_SHA. */
const GITHUB_ENV_READERS = new Set(['github', 'action', 'pipeline']);

const folderOf = (file) => file.split('/')[0];

/** Relative imports and package imports of one TypeScript source. */
export function importsOf(text) {
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2],
  );
  return specs;
}

/**
 * Checks a source tree given as {path relative to src: file text}. Returns the breaches, each a line
 * naming the file, what it imports and why that is not allowed.
 */
export function checkLayers(sources) {
  const problems = [];
  const graph = new Map();
  for (const [file, text] of Object.entries(sources)) {
    const from = folderOf(file);
    if (!file.includes('/')) problems.push(`${file}: a file directly in src/ has no floor; put it in a folder (core/ for shared leaves)`);
    else if (FLOORS[from] === undefined) problems.push(`${file}: folder ${from}/ has no floor in scripts/layers.mjs`);
    const edges = [];
    for (const spec of importsOf(text)) {
      if (spec.startsWith('@actions/') && !GITHUB_FACES.has(from))
        problems.push(`${file}: imports ${spec}; only github/ and action/ talk to GitHub`);
      if (!spec.startsWith('.')) continue;
      const target = relative('.', join(dirname(file), spec)).replace(/\.js$/, '.ts');
      edges.push(target);
      const to = folderOf(target);
      if (to === from || !target.includes('/')) continue;
      if (to === 'github' && !GITHUB_USERS.has(from)) problems.push(`${file}: imports ${spec}; only action/ uses github/`);
      else if (FLOORS[to] !== undefined && FLOORS[from] !== undefined && FLOORS[to] >= FLOORS[from])
        problems.push(
          `${file}: imports ${spec}, but ${to}/ (floor ${FLOORS[to]}) is not below ${from}/ (floor ${FLOORS[from]}); move the shared part down`,
        );
    }
    if (/process\.env\.GITHUB_|process\.env\[['"]GITHUB_/.test(text) && !GITHUB_ENV_READERS.has(from))
      problems.push(`${file}: reads GitHub's environment; only github/, action/ and pipeline/ do`);
    graph.set(file, edges);
  }
  for (const cycle of cycles(graph)) problems.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  return problems;
}

/** Strongly connected parts of more than one file (Tarjan), or a file that imports itself. */
function cycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const part = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(part.reverse());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The .ts files under `root`, as {path relative to root: text}. */
export function readSources(root) {
  const sources = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) sources[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return sources;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkLayers(readSources(fileURLToPath(new URL('../src', import.meta.url))));
  for (const problem of problems) console.error(`layers: ${problem}`);
  if (problems.length) process.exit(1);
  console.log('layers: every import points down, and none goes in a circle');
}
