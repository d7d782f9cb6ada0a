/** Exit codes shared by the CLI and the action (DESIGN.md §8). */
export const ExitCode = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  stack: 3,
  /** A bug of ours: the message has the stack trace. */
  internal: 4,
  sigint: 130,
  sigterm: 143,
} as const;

/** What to do about an error of ours. */
export const INTERNAL_HINT = 'this is a bug in llm-load: please report it with the lines above (they hold no secrets)';

/** An error a user can act on: what went wrong, and a hint that says what to do. */
export class LlmLoadError extends Error {
  constructor(
    message: string,
    readonly exitCode: (typeof ExitCode)[keyof typeof ExitCode],
    readonly hint: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A profile or flag is wrong. The message names the file and field. */
export class ConfigError extends LlmLoadError {
  constructor(message: string, hint: string) {
    super(message, ExitCode.usage, hint);
  }
}

/** The stack or target could not be started or reached before the run. */
export class StackError extends LlmLoadError {
  constructor(message: string, hint: string) {
    super(message, ExitCode.stack, hint);
  }
}

/** Something the step needs from another run or job (an artifact, a shard's results) is not there. */
export class MissingInputError extends LlmLoadError {
  constructor(message: string, hint: string) {
    super(message, ExitCode.usage, hint);
  }
}
