/**
 * Everything the command line needs from the outside world. `main` takes one of these, so it can be
 * tested without spawning a process; `createNodeIo` builds the real one.
 */
export interface CliIo {
  /** Writes text to standard output (the caller adds line ends). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error (the caller adds line ends). */
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 text file; rejects with a Node error (with `code`, e.g. `ENOENT`) when it cannot. */
  readonly readFile: (path: string) => Promise<string>;
  /** Reads all of standard input as UTF-8 text. */
  readonly readStdin: () => Promise<string>;
}
