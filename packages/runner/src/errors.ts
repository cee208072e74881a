import { InvalidScenarioError, type Diagnostic } from '@samenspel/core';

/** The runner's own error messages, in one place. */
export const runnerMessages = {
  cancelled: 'the job was cancelled',
  disposed: 'the runner has been disposed',
  unknownModel: (key: number) => `the worker holds no model with key ${key}`,
  unknownRequest: (kind: string) => `unknown request kind '${kind}'`,
  workerFailed: (detail: string) => `the worker failed: ${detail}`,
} as const;

/** Rejects a sweep or search that was cancelled (by `cancel()` or its abort signal). */
export class CancelledError extends Error {
  /** Creates the error. */
  constructor() {
    super(runnerMessages.cancelled);
    this.name = 'CancelledError';
  }
}

/** Rejects every call made after `dispose()`, and every job still pending when it was called. */
export class RunnerDisposedError extends Error {
  /** Creates the error. */
  constructor() {
    super(runnerMessages.disposed);
    this.name = 'RunnerDisposedError';
  }
}

/** An error thrown inside the worker that has no counterpart here (or a failure of the worker itself). */
export class WorkerError extends Error {
  /** The `name` of the error in the worker. */
  readonly remoteName: string;
  /** Creates the error from the worker's name and message. */
  constructor(remoteName: string, message: string) {
    super(message);
    this.name = 'WorkerError';
    this.remoteName = remoteName;
  }
}

/** An error as it crosses the worker boundary: plain, structured-cloneable data. */
export interface ErrorData {
  /** The error's `name`, e.g. `InvalidScenarioError` or `RangeError`. */
  readonly name: string;
  /** The error's message. */
  readonly message: string;
  /** For an `InvalidScenarioError`: every problem found. */
  readonly diagnostics?: readonly Diagnostic[];
}

/** Turns anything thrown into {@link ErrorData}. */
export function errorToData(error: unknown): ErrorData {
  if (error instanceof InvalidScenarioError) {
    return { name: error.name, message: error.message, diagnostics: error.diagnostics };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/**
 * Rebuilds an error from {@link ErrorData}: an `InvalidScenarioError` with its diagnostics, a
 * built-in `Error`, `RangeError` or `TypeError` as such, anything else as a {@link WorkerError}.
 */
export function errorFromData(data: ErrorData): Error {
  if (data.diagnostics !== undefined) return new InvalidScenarioError(data.diagnostics);
  switch (data.name) {
    case 'Error':
      return new Error(data.message);
    case 'RangeError':
      return new RangeError(data.message);
    case 'TypeError':
      return new TypeError(data.message);
    default:
      return new WorkerError(data.name, data.message);
  }
}
