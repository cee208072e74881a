import { availableParallelism } from 'node:os';
import type { RunPool } from '@samenspel/runner';
import { createNodePool } from '@samenspel/runner/node-pool';
import { formatDiagnostics, type Scenario, type SearchProgress } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import type { FlagSpec, ParsedArgs } from '../args.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readInput } from '../read-input.js';
import { loadScenario } from '../scenario/load-scenario.js';

/** Exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const INTERRUPTED_EXIT = 130;

/** `--progress`: show the progress line even when standard error is not a terminal. */
export const progressFlag: FlagSpec = {
  value: '',
  switch: true,
  description:
    'show a progress line on standard error even when it is not a terminal (in a terminal it is always shown)',
};

/** `--out FILE`: write the output to a file instead of standard output. */
export const outFlag: FlagSpec = {
  value: 'FILE',
  default: 'standard output',
  description: 'write the output to FILE instead of standard output',
};

/** Thrown inside a job when Ctrl-C stopped it. */
export class Interrupted extends Error {
  /** Creates the error. */
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

/**
 * What a long command needs while it runs: a progress reporter (a line on standard error, redrawn
 * in a terminal, at most one line a second otherwise, nothing when switched off) and the Ctrl-C
 * signal. Call `end()` when done, whatever happened.
 */
export interface LongJob {
  /** Aborted by Ctrl-C (never, in tests without it). */
  readonly signal: AbortSignal;
  /** Reports progress (throttled). */
  readonly onProgress: (progress: SearchProgress) => void;
  /**
   * Starts a new stage with its own count under another name (e.g. `sweep, tipping points`): the
   * line of the stage before stays as it ended, and the next progress starts a new line.
   */
  readonly stage: (what: string) => void;
  /** Finishes the progress line and stops listening for Ctrl-C. */
  readonly end: () => void;
}

/** Starts a {@link LongJob} for a command named `what` (shown in the progress line). */
export function startLongJob(what: string, args: ParsedArgs, io: CliIo): LongJob {
  const tty = io.stderrIsTTY === true;
  const show = tty || args.flags.has('progress');
  const interrupt = io.listenForInterrupt?.();
  const signal = interrupt?.signal ?? new AbortController().signal;
  const every = tty ? 100 : 1000;
  let last = -Infinity;
  let shown = false;
  let name = what;
  const line = (p: SearchProgress) =>
    `${name}: ${p.done} of ${p.total} runs (${Math.floor((100 * p.done) / Math.max(1, p.total))} %)`;
  return {
    signal,
    onProgress(p) {
      if (!show) return;
      const now = performance.now();
      if (now - last < every && p.done < p.total) return;
      last = now;
      shown = true;
      io.stderr(tty ? `\r${line(p)}\u001b[K` : `${line(p)}\n`);
    },
    stage(next) {
      if (shown && tty) io.stderr('\n');
      shown = false;
      last = -Infinity;
      name = next;
    },
    end() {
      if (shown && tty) io.stderr('\n');
      interrupt?.release();
    },
  };
}

/**
 * Runs a step generator of the core (`sweep2dSteps`, `sensitivitySteps`, …) to its end, giving the
 * event loop a turn every few milliseconds so that Ctrl-C is noticed.
 *
 * @throws Interrupted when the signal aborts
 */
export async function runStepsAsync<T>(steps: Generator<SearchProgress, T, void>, job: LongJob): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    job.onProgress(step.value);
    if (performance.now() - since > 20) {
      await new Promise((resolve) => setImmediate(resolve));
      if (job.signal.aborted) throw new Interrupted();
      since = performance.now();
    }
  }
}

/** Reads and checks the scenario FILE of a command; an invalid one is a {@link CliError} listing every problem. */
export async function readScenario(file: string, io: CliIo): Promise<Scenario> {
  const validation = loadScenario(icuNetworkModel, await readInput(file, io));
  if (!validation.ok)
    throw new CliError(`invalid scenario ${file}:\n${formatDiagnostics(validation.diagnostics)}`);
  return validation.scenario;
}

/**
 * The number of a flag, or `fallback` when it was not given.
 *
 * @throws CliError naming the flag when the value is not a number, or not whole when `whole`
 */
export function numberFlag(args: ParsedArgs, name: string, fallback: number, whole = false): number {
  const text = args.flags.get(name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new CliError(`--${name}: '${text}' is not a number`);
  if (whole && !Number.isInteger(n)) throw new CliError(`--${name}: '${text}' is not a whole number`);
  return n;
}

/**
 * Reads `--workers`: -1 when the flag is absent (the command's default: one computing thread per
 * core), else a whole number ≥ 0 (0: everything on the main thread).
 */
export function workersFlag(args: ParsedArgs): number {
  if (!args.flags.has('workers')) return -1;
  const workers = numberFlag(args, 'workers', -1, true);
  if (workers < 0) throw new CliError(`--workers must be 0 or more, got ${workers}`);
  return workers;
}

/**
 * Runs `use` on a Node run pool made for `--workers` (see {@link workersFlag}): by default one
 * computing thread per core, this process's own thread being one of them (it starts at once, while
 * the worker threads are still starting); else that many worker threads. The pool is disposed after.
 */
export async function withNodePool<T>(workers: number, use: (pool: RunPool) => Promise<T>): Promise<T> {
  const pool = createNodePool(
    workers === -1 ? { workers: Math.max(1, availableParallelism() - 1), callingThread: true } : { workers },
  );
  try {
    return await use(pool);
  } finally {
    pool.dispose();
  }
}

/** Reads a number flag that must lie in [min, max] (max may be Infinity), naming the flag when not. */
export function boundedFlag(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = numberFlag(args, name, fallback);
  if (n < min || n > max) {
    const range = max === Number.POSITIVE_INFINITY ? `${min} or more` : `between ${min} and ${max}`;
    throw new CliError(`--${name} must be ${range}, got ${n}`);
  }
  return n;
}

/** Writes a command's output to `--out FILE`, or to standard output. */
export async function writeOutput(args: ParsedArgs, io: CliIo, text: string): Promise<void> {
  const out = args.flags.get('out');
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  if (io.writeFile === undefined) throw new CliError('--out: writing files is not available here');
  try {
    await io.writeFile(out, text);
  } catch (e) {
    throw new CliError(`--out: cannot write '${out}': ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Turns what the core throws for bad options (RangeError, Error naming the field) into a
 * {@link CliError}; passes {@link Interrupted} and anything else on.
 */
export function asCliError(error: unknown): unknown {
  if (error instanceof Interrupted || error instanceof CliError) return error;
  if (error instanceof RangeError || (error instanceof Error && error.name === 'Error')) {
    return new CliError(error.message);
  }
  return error;
}

/** Ends a long command: prints "interrupted" and returns 130 for Ctrl-C, rethrows anything else. */
export function interruptedOr(error: unknown, io: CliIo): number {
  if (error instanceof Interrupted || (error instanceof Error && error.name === 'CancelledError')) {
    io.stderr('interrupted (Ctrl-C); nothing was written\n');
    return INTERRUPTED_EXIT;
  }
  throw asCliError(error);
}
