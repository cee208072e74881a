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
  /** Writes a UTF-8 text file, replacing it (needed by `--out`; absent in some tests). */
  readonly writeFile?: (path: string, text: string) => Promise<void>;
  /** True when standard error is a terminal: long commands then show a progress line (default false). */
  readonly stderrIsTTY?: boolean;
  /**
   * Starts listening for Ctrl-C (SIGINT) while a long command runs: the signal aborts on it, and
   * `release` stops listening (so Ctrl-C ends the program as usual again). Absent in tests.
   */
  readonly listenForInterrupt?: () => { readonly signal: AbortSignal; readonly release: () => void };
}
