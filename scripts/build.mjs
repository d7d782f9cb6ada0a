// Bundles the CLI and the action's main and post entries into dist/ as single ESM files that GitHub can run.
import { build } from 'esbuild';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: {
    'cli-main': 'src/cli/main.ts',
    index: 'src/action/main.ts',
    post: 'src/action/post.ts',
    worker: 'src/engine/worker-entry.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __LLM_LOAD_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies bundled into ESM still call require() for node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __llmLoadCreateRequire } from 'node:module';\nconst require = __llmLoadCreateRequire(import.meta.url);",
  },
});

// The CLI's entry only turns on V8's compile cache (Node ≥ 22.1; a no-op before) and then loads the bundle:
// parsing 1.5 MB of JavaScript is a third of every start, and the cache must be on before the bundle is
// compiled. The action's entries run once per job on a fresh runner, where a cache would never be read.
await writeFile(
  'dist/cli.js',
  "#!/usr/bin/env node\nimport module from 'node:module';\n\nmodule.enableCompileCache?.();\nawait import('./cli-main.js');\n",
);
await chmod('dist/cli.js', 0o755);

// The profile's JSON Schema, written from the validator (a test checks schema/ is what this makes).
const schemaBundle = await build({
  entryPoints: ['src/config/json-schema.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const schemaModule = join(tmpdir(), `llm-load-schema-${process.pid}.mjs`);
await writeFile(schemaModule, schemaBundle.outputFiles[0].text);
try {
  const { profileJsonSchema } = await import(pathToFileURL(schemaModule).href);
  await mkdir('schema', { recursive: true });
  await writeFile('schema/profile.schema.json', `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
} finally {
  await rm(schemaModule, { force: true });
}
