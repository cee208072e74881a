/**
 * An expected failure of a command (bad arguments, an unreadable file): `main` prints its message as
 * `error: <message>` on standard error and exits 1, without a stack trace.
 */
export class CliError extends Error {
  /** Optional second line telling the user what to do next (e.g. where to find the usage). */
  readonly hint: string | undefined;

  /** Creates the error with its message and an optional hint. */
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'CliError';
    this.hint = hint;
  }
}
