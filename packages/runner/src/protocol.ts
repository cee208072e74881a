import type {
  LeastInterventionResult,
  Model,
  SearchProgress,
  Sweep1dResult,
  Sweep2dResult,
} from '@samenspel/core';
import type { ErrorData } from './errors.js';
import type {
  BatchRequest,
  LeastInterventionRequest,
  RunRequest,
  RunResults,
  SweepSpec,
  ThresholdRequest,
} from './sim-runner.js';

/**
 * A model as it crosses to the worker: sent whole only the first time (with a fresh `key`), later
 * by key alone. `forget` lists keys the worker may drop (the main side keeps the same few models).
 */
export interface ModelRef {
  /** Key of the model in the worker's store. */
  readonly key: number;
  /** The model itself, the first time it is sent. */
  readonly model?: Model;
  /** Keys of models the worker may drop. */
  readonly forget?: readonly number[];
}

/** Replaces a request's model by a {@link ModelRef}. */
type ByRef<T extends { readonly model: Model }> = Omit<T, 'model'> & { readonly model: ModelRef };

/** The jobs a worker does: what each is sent and what it answers. */
export interface Jobs {
  /** A run (see `SimRunner.run`). */
  readonly run: { readonly payload: ByRef<RunRequest>; readonly result: RunResults };
  /** A sweep (see `SimRunner.sweep`). */
  readonly sweep: {
    readonly payload: SweepSpec & { readonly model: ModelRef };
    readonly result: Sweep1dResult | Sweep2dResult;
  };
  /** Several runs (see `SimRunner.runBatch`). */
  readonly batch: { readonly payload: ByRef<BatchRequest>; readonly result: readonly RunResults[] };
  /** A tipping-point search (see `SimRunner.locateThreshold`). */
  readonly threshold: { readonly payload: ByRef<ThresholdRequest>; readonly result: number | null };
  /** A least-intervention search (see `SimRunner.leastIntervention`). */
  readonly least: {
    readonly payload: ByRef<LeastInterventionRequest>;
    readonly result: LeastInterventionResult;
  };
}

/** The kind of a job: `run`, `batch`, `threshold`, `sweep` or `least`. */
export type JobKind = keyof Jobs;

/** A message to the worker that starts a job. */
export type JobRequest = {
  [K in JobKind]: { readonly id: number; readonly kind: K; readonly payload: Jobs[K]['payload'] };
}[JobKind];

/**
 * A message to the worker: a job `{ id, kind, payload }` (ids are unique per runner), or
 * `{ id, kind: 'cancel' }` to stop the job with that id (it then answers nothing more).
 */
export type WorkerRequest =
  JobRequest | { readonly id: number; readonly kind: 'cancel'; readonly payload: null };

/**
 * A message from the worker about job `id`: its result (`done`), how far it is (`progress`, for
 * batches, sweeps and searches), or what went wrong (`error`). Each job ends with exactly one `done` or
 * `error`, unless it was cancelled.
 */
export type WorkerResponse =
  | {
      [K in JobKind]: {
        readonly id: number;
        readonly kind: 'done';
        readonly job: K;
        readonly payload: Jobs[K]['result'];
      };
    }[JobKind]
  | { readonly id: number; readonly kind: 'progress'; readonly payload: SearchProgress }
  | { readonly id: number; readonly kind: 'error'; readonly payload: ErrorData };
