import {
  axisValues,
  mergeMonteCarloParts,
  type Axis,
  type Model,
  type MonteCarloOptions,
  type MonteCarloPart,
  type Outcome,
  type Scenario,
  type SweepCells,
  type SweepOptions,
} from '@samenspel/core';
import { CancelledError, errorFromData, RunnerDisposedError, runnerMessages } from '../errors.js';
import type { JobOptions } from '../sim-runner.js';
import type { PoolReply, PoolTask } from './pool-protocol.js';
import { mergeSweepCells } from './merge-sweep-cells.js';

/**
 * One worker of a pool as the pool sees it: Node's `worker_threads` and the browser's Web Workers
 * are both wrapped to this shape (see `createNodePool` and {@link createWebPool}).
 */
export interface PoolWorker {
  /** Sends a task. */
  post(task: PoolTask): void;
  /** Sets the one handler for the worker's replies. */
  onReply(handler: (reply: PoolReply) => void): void;
  /** Sets the one handler for a failure of the worker itself. */
  onFailure(handler: (message: string) => void): void;
  /** Stops the worker at once. */
  terminate(): void;
}

/** A Monte Carlo job for a pool: runs `from` ≤ i < `to` of a study (default: all of them). */
export interface MonteCarloJob {
  /** The model (plain data; each worker is sent each model object once). */
  readonly model: Model;
  /** The study's base scenario. */
  readonly base: Scenario;
  /** The study's options. */
  readonly options: MonteCarloOptions;
  /** First run (default 0). */
  readonly from?: number;
  /** One past the last run (default `options.runs`). */
  readonly to?: number;
  /**
   * Runs per task handed to a worker (default: the runs split into about 8 tasks per worker, at
   * most 500 runs each). Smaller tasks give finer progress and faster cancelling.
   */
  readonly taskRuns?: number;
}

/** A sweep job for a pool: cells `from` ≤ i < `to` of a sweep (default: all of them), x fastest. */
export interface SweepJob {
  /** The model (plain data; each worker is sent each model object once). */
  readonly model: Model;
  /** The sweep's base scenario. */
  readonly base: Scenario;
  /** The sweep's axes: `[x]` (as core's `sweep1d`) or `[x, y]` (as `sweep2d`). */
  readonly axes: readonly [Axis] | readonly [Axis, Axis];
  /** What each run records. */
  readonly outcome: Outcome;
  /** The sweep's options (default none). */
  readonly options?: SweepOptions;
  /** First cell (default 0). */
  readonly from?: number;
  /** One past the last cell (default: the number of grid points). */
  readonly to?: number;
  /** Cells per task handed to a worker (default: as `taskRuns` of a {@link MonteCarloJob}). */
  readonly taskCells?: number;
}

/**
 * Runs many simulations spread over workers: `worker_threads` in Node (`createNodePool` from
 * `@samenspel/runner/node-pool`), Web Workers in a browser ({@link createWebPool}). Results do not
 * depend on the number of workers: each run draws from its own stream (see `runStream` in
 * `@samenspel/core`), and parts are merged in run order.
 */
export interface RunPool {
  /** Number of workers the pool uses at most. */
  readonly size: number;
  /**
   * Computes the runs of a Monte Carlo job and resolves with one part covering them (give it to
   * `summariseMonteCarlo` for the bands, or store it as a shard). Progress is reported as tasks
   * advance; aborting the signal stops the workers at once and rejects with `CancelledError`.
   * Bad options reject with the core's error (e.g. `RangeError`, `InvalidScenarioError`).
   */
  monteCarlo(job: MonteCarloJob, options?: JobOptions): Promise<MonteCarloPart>;
  /**
   * Computes the cells of a sweep job (core's `sweepCellsSteps`, split into tasks) and resolves
   * with their values (and pattern flags) in cell order: exactly the numbers of the same cells of
   * `sweep1d`/`sweep2d`. Progress and cancelling as for {@link RunPool.monteCarlo}.
   */
  sweep(job: SweepJob, options?: JobOptions): Promise<SweepCells>;
  /** Stops every worker; pending jobs reject with `RunnerDisposedError`, so do later calls. */
  dispose(): void;
}

interface Slot {
  worker: PoolWorker | null;
  sent: Set<number>;
  task: Task | null;
}

interface Task {
  readonly id: number;
  readonly job: JobState;
  readonly from: number;
  readonly to: number;
  done: number;
}

/** A finished task's result: a block of runs or cells. */
interface Part {
  readonly from: number;
  readonly to: number;
}

interface JobState {
  readonly model: Model;
  readonly modelKey: number;
  readonly parts: Part[];
  readonly total: number;
  readonly queue: Task[];
  readonly options: JobOptions;
  /** The message of one of the job's tasks (the model included or not). */
  readonly message: (task: Task, model: Model | undefined) => PoolTask;
  finished: boolean;
  /** Stops listening to the job's abort signal (so a long-lived signal keeps no finished job alive). */
  unlisten: () => void;
  /** Merges the parts and resolves the job's promise. */
  readonly resolve: (parts: Part[]) => void;
  readonly reject: (error: Error) => void;
}

/** Default upper bound of runs per task. */
const MAX_TASK_RUNS = 500;
/** Tasks per worker a job is split into by default. */
const TASKS_PER_WORKER = 8;

/**
 * A pool over workers made by `spawn`, at most `size` of them, started when first needed. Tasks of
 * all jobs share one queue, first come first served.
 *
 * @throws RangeError when `size` is not a whole number ≥ 1
 */
export function createRunPool(spawn: () => PoolWorker, size: number): RunPool {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`a pool needs at least 1 worker, got ${size}`);
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, sent: new Set(), task: null }));
  const modelKeys = new WeakMap<Model, number>();
  const jobs = new Set<JobState>();
  let nextTask = 1;
  let nextModel = 1;
  let disposed = false;

  const keyOf = (model: Model): number => {
    let key = modelKeys.get(model);
    if (key === undefined) {
      key = nextModel++;
      modelKeys.set(model, key);
    }
    return key;
  };

  const finish = (state: JobState, error: Error | null): void => {
    if (state.finished) return;
    state.finished = true;
    state.unlisten();
    jobs.delete(state);
    state.queue.length = 0;
    // Workers still busy with this job are stopped; new ones start when needed.
    for (const slot of slots) {
      if (slot.task?.job === state) stopSlot(slot);
    }
    if (error !== null) state.reject(error);
    else state.resolve(state.parts);
    pump();
  };

  const stopSlot = (slot: Slot): void => {
    slot.worker?.terminate();
    slot.worker = null;
    slot.sent = new Set();
    slot.task = null;
  };

  const report = (state: JobState): void => {
    if (state.options.onProgress === undefined) return;
    let done = 0;
    for (const part of state.parts) done += part.to - part.from;
    for (const slot of slots) if (slot.task?.job === state) done += slot.task.done;
    state.options.onProgress({ done, total: state.total });
  };

  const startWorker = (slot: Slot): PoolWorker => {
    const worker = spawn();
    worker.onReply((reply) => {
      const task = slot.task;
      if (task?.id !== reply.id) return;
      const state = task.job;
      if (reply.kind === 'progress') {
        task.done = reply.done;
        report(state);
        return;
      }
      slot.task = null;
      if (reply.kind === 'error') finish(state, errorFromData(reply.error));
      else {
        state.parts.push(reply.kind === 'done' ? reply.part : reply.cells);
        report(state);
        if (state.parts.reduce((n, p) => n + (p.to - p.from), 0) === state.total) finish(state, null);
      }
      pump();
    });
    worker.onFailure((message) => {
      const state = slot.task?.job;
      stopSlot(slot);
      if (state !== undefined) finish(state, new Error(runnerMessages.workerFailed(message)));
    });
    return worker;
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.task !== null) continue;
      const state = [...jobs].find((s) => s.queue.length > 0);
      if (state === undefined) return;
      const task = state.queue.shift() as Task;
      const worker = slot.worker ?? startWorker(slot);
      slot.worker = worker;
      slot.task = task;
      const first = !slot.sent.has(state.modelKey);
      slot.sent.add(state.modelKey);
      worker.post(state.message(task, first ? state.model : undefined));
    }
  };

  /** Splits runs or cells `from` … `to − 1` into tasks of `per` and queues them as one job. */
  const submit = <R>(
    model: Model,
    from: number,
    to: number,
    per: number,
    options: JobOptions,
    message: JobState['message'],
    merge: (parts: Part[]) => R,
  ): Promise<R> => {
    if (options.signal?.aborted === true) return Promise.reject(new CancelledError());
    if (!Number.isInteger(per) || per < 1) {
      return Promise.reject(new RangeError(`the size of a task must be a whole number ≥ 1, got ${per}`));
    }
    return new Promise<R>((resolve, reject) => {
      const state: JobState = {
        model,
        modelKey: keyOf(model),
        parts: [],
        total: to - from,
        queue: [],
        options,
        message,
        finished: false,
        unlisten: () => undefined,
        resolve: (parts) => {
          try {
            resolve(merge(parts));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
        reject,
      };
      for (let a = from; a < to; a += per) {
        state.queue.push({ id: nextTask++, job: state, from: a, to: Math.min(to, a + per), done: 0 });
      }
      jobs.add(state);
      const onAbort = () => {
        finish(state, new CancelledError());
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      state.unlisten = () => options.signal?.removeEventListener('abort', onAbort);
      pump();
    });
  };

  /** The default size of a task for `n` runs or cells. */
  const defaultPer = (n: number): number =>
    Math.min(MAX_TASK_RUNS, Math.max(1, Math.ceil(n / (size * TASKS_PER_WORKER))));

  return {
    size,
    monteCarlo(job, options = {}) {
      if (disposed) return Promise.reject(new RunnerDisposedError());
      const from = job.from ?? 0;
      const to = job.to ?? job.options.runs;
      if (!(
        Number.isInteger(from) &&
        Number.isInteger(to) &&
        from >= 0 &&
        from < to &&
        to <= job.options.runs
      )) {
        return Promise.reject(
          new RangeError(
            `a job needs whole numbers 0 ≤ from < to ≤ ${job.options.runs}, got ${from} and ${to}`,
          ),
        );
      }
      const { model, base } = job;
      return submit(
        model,
        from,
        to,
        job.taskRuns ?? defaultPer(to - from),
        options,
        (task, sent) => ({
          id: task.id,
          kind: 'monteCarlo',
          modelKey: keyOf(model),
          ...(sent === undefined ? {} : { model: sent }),
          base,
          options: job.options,
          from: task.from,
          to: task.to,
        }),
        (parts) => mergeMonteCarloParts(parts as MonteCarloPart[]),
      );
    },
    sweep(job, options = {}) {
      if (disposed) return Promise.reject(new RunnerDisposedError());
      let all: number;
      try {
        all = job.axes.reduce((n, axis) => n * axisValues(axis).length, 1);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      const from = job.from ?? 0;
      const to = job.to ?? all;
      if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to && to <= all)) {
        return Promise.reject(
          new RangeError(`a sweep job needs whole numbers 0 ≤ from < to ≤ ${all}, got ${from} and ${to}`),
        );
      }
      const { model, base, axes, outcome } = job;
      const sweepOptions = job.options ?? {};
      return submit(
        model,
        from,
        to,
        job.taskCells ?? defaultPer(to - from),
        options,
        (task, sent) => ({
          id: task.id,
          kind: 'sweep',
          modelKey: keyOf(model),
          ...(sent === undefined ? {} : { model: sent }),
          base,
          axes,
          outcome,
          options: sweepOptions,
          from: task.from,
          to: task.to,
        }),
        (parts) => mergeSweepCells(parts as SweepCells[]),
      );
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const state of [...jobs]) finish(state, new RunnerDisposedError());
      for (const slot of slots) stopSlot(slot);
    },
  };
}
