// Bundles the CLI and the action's main and post entries into dist/ as single ESM files that GitHub can run.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/action/main.ts', post: 'src/action/post.ts', worker: 'src/engine/worker-entry.ts' },
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
