/**
 * @packageDocumentation
 * `@samenspel/runner`: runs the Samenspel engine for a user interface, off the main thread. One
 * {@link SimRunner} interface with two implementations: {@link createDirectRunner} (same thread)
 * and {@link createWorkerRunner} (a Web Worker, with "latest wins" coalescing of runs). The worker
 * side is {@link handleMessages}, wired to a worker by `@samenspel/runner/worker`.
 */
export type {
  SimRunner,
  RunRequest,
  RunResponse,
  RunResults,
  Superseded,
  SweepRequest,
  Sweep1dRequest,
  Sweep2dRequest,
  SweepResultFor,
  LeastInterventionRequest,
  BatchRequest,
  ThresholdRequest,
  JobOptions,
} from './sim-runner.js';
export { createDirectRunner } from './direct-runner.js';
export {
  createWorkerRunner,
  MODEL_CACHE_SIZE,
  type WorkerLike,
  type WorkerEventLike,
  type WorkerRunnerOptions,
} from './worker-runner.js';
export { handleMessages, SLICE_MS, type PostResponse, type HandlerOptions } from './handle-messages.js';
export { serveWorker, type WorkerScopeLike } from './serve-worker.js';
export type { WorkerRequest, WorkerResponse, ModelRef, Jobs, JobKind } from './protocol.js';
export { CancelledError, RunnerDisposedError, WorkerError, type ErrorData } from './errors.js';
export { packResult, type PackedResult } from './pack-result.js';
export {
  createRunPool,
  type RunPool,
  type MonteCarloJob,
  type SweepJob,
  type PoolWorker,
} from './pool/run-pool.js';
export { createWebPool, type WebPoolOptions, type WebWorkerLike } from './pool/web-pool.js';
export { handlePoolTasks, type PostPoolReply } from './pool/handle-pool-tasks.js';
export { servePoolWorker, type PoolScopeLike } from './pool/serve-pool-worker.js';
export { POOL_PROGRESS_EVERY, type PoolTask, type PoolReply } from './pool/pool-protocol.js';
