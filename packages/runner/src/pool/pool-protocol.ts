import type {
  Axis,
  Model,
  MonteCarloOptions,
  MonteCarloPart,
  Outcome,
  Scenario,
  SweepCells,
  SweepOptions,
} from '@samenspel/core';
import type { ErrorData } from '../errors.js';

/** A message to a pool worker: a Monte Carlo task or a sweep task. */
export type PoolTask = MonteCarloTask | SweepTask;

/**
 * A message to a pool worker: compute runs `from` ≤ i < `to` of a Monte Carlo study. The model is
 * sent whole only the first time a worker sees it (with its `modelKey`), later by key alone.
 */
export interface MonteCarloTask {
  /** Task id, unique per pool. */
  readonly id: number;
  /** What to compute. */
  readonly kind: 'monteCarlo';
  /** Key of the model in the worker's store. */
  readonly modelKey: number;
  /** The model, the first time this worker gets it. */
  readonly model?: Model;
  /** The study's base scenario. */
  readonly base: Scenario;
  /** The study's options. */
  readonly options: MonteCarloOptions;
  /** First run of the task. */
  readonly from: number;
  /** One past the last run of the task. */
  readonly to: number;
}

/**
 * A message to a pool worker: compute cells `from` ≤ i < `to` of a sweep (core's `sweepCellsSteps`).
 * The model is sent as for a {@link MonteCarloTask}.
 */
export interface SweepTask {
  /** Task id, unique per pool. */
  readonly id: number;
  /** What to compute. */
  readonly kind: 'sweep';
  /** Key of the model in the worker's store. */
  readonly modelKey: number;
  /** The model, the first time this worker gets it. */
  readonly model?: Model;
  /** The sweep's base scenario. */
  readonly base: Scenario;
  /** The sweep's axes: `[x]` or `[x, y]`. */
  readonly axes: readonly [Axis] | readonly [Axis, Axis];
  /** What each run records. */
  readonly outcome: Outcome;
  /** The sweep's options. */
  readonly options: SweepOptions;
  /** First cell of the task. */
  readonly from: number;
  /** One past the last cell of the task. */
  readonly to: number;
}

/**
 * A message from a pool worker about task `id`: runs done so far (`progress`, every
 * {@link POOL_PROGRESS_EVERY} runs), its result (`done`, with the part's arrays transferred), or
 * what went wrong (`error`); a sweep task's result comes as `cells`. Each task ends with exactly one
 * `done`, `cells` or `error`.
 */
export type PoolReply =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number }
  | { readonly id: number; readonly kind: 'done'; readonly part: MonteCarloPart }
  | { readonly id: number; readonly kind: 'cells'; readonly cells: SweepCells }
  | { readonly id: number; readonly kind: 'error'; readonly error: ErrorData };

/** A pool worker reports its progress after this many runs of a task. */
export const POOL_PROGRESS_EVERY = 25;
