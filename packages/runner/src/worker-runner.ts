import type { LeastInterventionResult, SearchProgress } from '@samenspel/core';
import { CancelledError, errorFromData, RunnerDisposedError, runnerMessages, WorkerError } from './errors.js';
import { ModelKeys } from './model-keys.js';
import type { JobKind, JobRequest, WorkerRequest, WorkerResponse } from './protocol.js';
import type {
  BatchRequest,
  JobOptions,
  LeastInterventionRequest,
  RunRequest,
  RunResponse,
  RunResults,
  SimRunner,
  Superseded,
  SweepRequest,
  SweepResultFor,
  ThresholdRequest,
} from './sim-runner.js';

/**
 * The little of a `Worker` that {@link createWorkerRunner} uses (a DOM `Worker` fits), so the
 * package needs no DOM type library and tests can pass an in-process fake.
 */
export interface WorkerLike {
  /** Sends a message to the worker. */
  postMessage(message: WorkerRequest): void;
  /** Listens for the worker's messages, and for its failure (`error`: the worker itself broke). */
  addEventListener(type: 'message' | 'error', listener: (event: WorkerEventLike) => void): void;
  /** Stops listening. */
  removeEventListener(type: 'message' | 'error', listener: (event: WorkerEventLike) => void): void;
  /** Stops the worker (called by `dispose()`, when present). */
  terminate?(): void;
}

/** A `message` event (with `data`) or an `error` event (with `message`) of a worker. */
export interface WorkerEventLike {
  /** The message posted by the worker (message events). */
  readonly data?: unknown;
  /** What went wrong (error events). */
  readonly message?: string;
}

/** Options of {@link createWorkerRunner}. */
export interface WorkerRunnerOptions {
  /** How many distinct model objects the worker keeps compiled (default 4). */
  readonly modelCacheSize?: number;
}

/** Default of {@link WorkerRunnerOptions.modelCacheSize}. */
export const MODEL_CACHE_SIZE = 4;

const SUPERSEDED: Superseded = { superseded: true };

interface Pending {
  readonly kind: JobKind;
  readonly resolve: (value: never) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: ((progress: SearchProgress) => void) | undefined;
  readonly cleanup?: (() => void) | undefined;
}

interface QueuedRun {
  readonly request: RunRequest;
  readonly resolve: (value: RunResponse) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A {@link SimRunner} that computes in a Web Worker serving `@samenspel/runner/worker` (or any
 * worker that wires {@link handleMessages}). Messages are `{ id, kind, payload }`, answered by id.
 *
 * Runs are coalesced, latest wins: at most one run is in the worker at a time, and at most one
 * waits here; a newer request replaces the waiting one, whose promise resolves with
 * `{ superseded: true }`. So rapid slider changes compute the first and the last, nothing between.
 * Batches, sweeps and searches go to the worker at once, are never coalesced, and stop on `cancel()` or
 * their abort signal (rejecting with `CancelledError`). Each model object is sent only once.
 */
export function createWorkerRunner(worker: WorkerLike, options: WorkerRunnerOptions = {}): SimRunner {
  const keys = new ModelKeys(options.modelCacheSize ?? MODEL_CACHE_SIZE);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let disposed = false;
  let runInFlight: number | null = null;
  let queuedRun: QueuedRun | null = null;

  const onMessage = (event: WorkerEventLike) => {
    if (typeof event.data !== 'object' || event.data === null) return; // not ours
    const message = event.data as WorkerResponse;
    const entry = pending.get(message.id);
    if (entry === undefined) return; // cancelled, or from before a dispose
    if (message.kind === 'progress') {
      entry.onProgress?.(message.payload);
      return;
    }
    pending.delete(message.id);
    entry.cleanup?.();
    if (message.kind === 'done') entry.resolve(message.payload as never);
    else entry.reject(errorFromData(message.payload));
    if (message.id === runInFlight) runSettled();
  };

  const onError = (event: WorkerEventLike) => {
    const error = new WorkerError('Error', runnerMessages.workerFailed(event.message ?? 'unknown error'));
    rejectAll(error);
  };

  worker.addEventListener('message', onMessage);
  worker.addEventListener('error', onError);

  function rejectAll(error: Error): void {
    const entries = [...pending.values()];
    pending.clear();
    runInFlight = null;
    const queued = queuedRun;
    queuedRun = null;
    for (const entry of entries) {
      entry.cleanup?.();
      entry.reject(error);
    }
    queued?.reject(error);
  }

  /** Posts a job and returns its id, or -1 (with the entry rejected) when the message cannot be sent. */
  function send(kind: JobKind, build: (id: number) => JobRequest, entry: Omit<Pending, 'kind'>): number {
    const id = nextId++;
    pending.set(id, { kind, ...entry });
    const message = build(id);
    try {
      worker.postMessage(message);
    } catch (error) {
      keys.rollback(message.payload.model);
      pending.delete(id);
      entry.cleanup?.();
      entry.reject(error instanceof Error ? error : new Error(String(error)));
      return -1;
    }
    return id;
  }

  function postRun(queued: QueuedRun): void {
    const { model, ...request } = queued.request;
    const id = send('run', (i) => ({ id: i, kind: 'run', payload: { ...request, model: keys.ref(model) } }), {
      resolve: queued.resolve,
      reject: queued.reject,
    });
    runInFlight = id < 0 ? null : id;
    if (id < 0) runSettled();
  }

  function runSettled(): void {
    runInFlight = null;
    const next = queuedRun;
    queuedRun = null;
    if (next !== null) postRun(next);
  }

  function startJob<T>(
    kind: Exclude<JobKind, 'run'>,
    build: (id: number) => JobRequest,
    jobOptions: JobOptions,
  ): Promise<T> {
    if (disposed) return Promise.reject(new RunnerDisposedError());
    const { signal, onProgress } = jobOptions;
    if (signal?.aborted === true) return Promise.reject(new CancelledError());
    return new Promise<T>((resolve, reject) => {
      let id = -1;
      const abort = () => {
        cancelJob(id);
      };
      const cleanup = signal === undefined ? undefined : () => signal.removeEventListener('abort', abort);
      signal?.addEventListener('abort', abort);
      id = send(kind, build, { resolve, reject, onProgress, cleanup });
    });
  }

  function cancelJob(id: number): void {
    const entry = pending.get(id);
    if (entry === undefined || entry.kind === 'run') return;
    pending.delete(id);
    entry.cleanup?.();
    worker.postMessage({ id, kind: 'cancel', payload: null });
    entry.reject(new CancelledError());
  }

  return {
    run(request) {
      if (disposed) return Promise.reject(new RunnerDisposedError());
      return new Promise<RunResponse>((resolve, reject) => {
        const queued = { request, resolve, reject };
        if (runInFlight === null) {
          postRun(queued);
        } else {
          queuedRun?.resolve(SUPERSEDED);
          queuedRun = queued;
        }
      });
    },
    runBatch({ model, runs }: BatchRequest, jobOptions: JobOptions = {}) {
      return startJob<readonly RunResults[]>(
        'batch',
        (id) => ({ id, kind: 'batch', payload: { runs, model: keys.ref(model) } }),
        jobOptions,
      );
    },
    locateThreshold({ model, ...request }: ThresholdRequest, jobOptions: JobOptions = {}) {
      return startJob<number | null>(
        'threshold',
        (id) => ({ id, kind: 'threshold', payload: { ...request, model: keys.ref(model) } }),
        jobOptions,
      );
    },
    sweep<R extends SweepRequest>(request: R, jobOptions: JobOptions = {}) {
      const { base, x, y, outcome, pattern } = request;
      return startJob<SweepResultFor<R>>(
        'sweep',
        (id) => ({
          id,
          kind: 'sweep',
          payload: { base, x, y, outcome, pattern, model: keys.ref(request.model) },
        }),
        jobOptions,
      );
    },
    leastIntervention(
      { model, base, options: search }: LeastInterventionRequest,
      jobOptions: JobOptions = {},
    ) {
      return startJob<LeastInterventionResult>(
        'least',
        (id) => ({ id, kind: 'least', payload: { base, options: search, model: keys.ref(model) } }),
        jobOptions,
      );
    },
    cancel() {
      for (const id of [...pending.keys()]) cancelJob(id);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      rejectAll(new RunnerDisposedError());
      worker.terminate?.();
    },
  };
}
