import { ExitCode, INTERNAL_HINT, LlmLoadError } from '../core/errors.js';
import { scrub } from '../core/secrets.js';
import { VERSION } from '../core/version.js';
import { baselineCommand } from './baseline.js';
import { compareCommand } from './compare.js';
import { demoCommand } from './demo.js';
import { mergeCommand } from './merge.js';
import { reportCommand } from './report.js';
import { mockCommand } from './mock.js';
import { runCommand } from './run.js';
import { abCommand } from './ab.js';

const HELP = `llm-load ${VERSION}: load-test LLM services and gate pull requests on performance

Usage: llm-load <command> [options]

Commands:
  run [profile.yml]   run a load profile, or the --url shorthands; writes results.json
  compare CURRENT     gate a results file against the profile's table and a baseline
  ab PROFILE          A/B two versions of a service on this machine, round by round (a PR gate runner noise cannot fake)
  baseline update     append a run to a baseline history file
  merge SHARDS…       merge shard results exactly, then gate
  report RESULTS      HTML report, PR-comment markdown and JUnit from a results file
  mock                serve the built-in mock LLM (OpenAI, Anthropic, a chat app) with faults on demand
  demo                start the mock and run a short load against it

Run "llm-load <command> --help" for its options.
Exit codes: 0 done, 1 gate failed, 2 usage or profile error, 3 stack/target could not start,
4 internal error, 130/143 cancelled by SIGINT/SIGTERM (partial results written).
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  run: runCommand,
  compare: compareCommand,
  ab: abCommand,
  baseline: baselineCommand,
  report: reportCommand,
  merge: mergeCommand,
  mock: mockCommand,
  demo: demoCommand,
};

/** The CLI's one failure funnel: typed errors print their message and hint and exit with their code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command ? ExitCode.ok : ExitCode.usage;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    process.stderr.write(`llm-load: unknown command "${command}"\n\n${HELP}`);
    return ExitCode.usage;
  }
  try {
    return await handler(rest);
  } catch (error) {
    if (error instanceof LlmLoadError) {
      process.stderr.write(`error: ${scrub(error.message)}\nhint: ${scrub(error.hint)}\n`);
      return error.exitCode;
    }
    process.stderr.write(`llm-load: internal error: ${scrub((error as Error).stack ?? String(error))}\nhint: ${INTERNAL_HINT}\n`);
    return ExitCode.internal;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`llm-load: ${String(error)}\n`);
    process.exitCode = ExitCode.internal;
  },
);
