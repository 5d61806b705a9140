// Errors that end the CLI with exit code 2: a bad invocation or an unreadable input.

/** A usage or I/O problem, reported as one `lerkit: …` line on stderr (exit code 2). */
export class CliError extends Error {
  /** @param message - What went wrong. */
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** The message of anything thrown, for the one stderr line. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
