/** Exit codes shared by the CLI and the action (DESIGN.md §8). */
export const ExitCode = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  stack: 3,
  sigint: 130,
  sigterm: 143,
} as const;

/** An error a user can act on: what went wrong, and a hint that says what to do. */
export class LlmLoadError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A profile or flag is wrong. The message names the file and field. */
export class ConfigError extends LlmLoadError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
  }
}

/** The stack or target could not be started or reached before the run. */
export class StackError extends LlmLoadError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.stack, hint);
  }
}
