import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { handlePoolTasks } from './handle-pool-tasks.js';
import type { PoolReply } from './pool-protocol.js';
import { createRunPool, type PoolWorker, type RunPool } from './run-pool.js';

/** Options of {@link createNodePool}. */
export interface NodePoolOptions {
  /** Number of worker threads (default: `os.availableParallelism()`). */
  readonly workers?: number;
  /**
   * Whether the calling thread computes tasks too, between its own events, as one more worker
   * (default false). It starts at once, while the threads are still starting, which shortens short
   * studies; it blocks the calling thread for one task at a time (at most 500 runs), so use it in
   * a command-line process, not where the thread must stay responsive.
   */
  readonly callingThread?: boolean;
}

/**
 * A pool worker that computes in this thread: each task runs in a macrotask of its own (after the
 * events already waiting, such as replies of the thread workers), replies are delivered directly.
 */
function callingThreadWorker(): PoolWorker {
  let onReply: (reply: PoolReply) => void = () => undefined;
  let stopped = false;
  const handle = handlePoolTasks((reply) => {
    if (!stopped) onReply(reply);
  });
  return {
    post: (task) => {
      setImmediate(() => {
        if (!stopped) handle(task);
      });
    },
    onReply: (handler) => (onReply = handler),
    onFailure: () => undefined,
    terminate: () => {
      stopped = true;
    },
  };
}

/**
 * Where the worker script is and how to start it. From the built package it is the compiled
 * `node-pool-worker.js`; from the TypeScript source (tests, `tsx`) it is the `.ts` file, started by
 * `source-worker-boot.mjs`, which loads it through `tsx` with the workspace's source condition.
 */
function workerScript(): { url: URL; workerData?: { script: string } } {
  if (!import.meta.url.endsWith('.ts')) return { url: new URL('./node-pool-worker.js', import.meta.url) };
  return {
    url: new URL('./source-worker-boot.mjs', import.meta.url),
    workerData: { script: new URL('./node-pool-worker.ts', import.meta.url).href },
  };
}

/**
 * A {@link RunPool} over Node `worker_threads`. Workers start when the first job needs them and
 * stop with `dispose()` (call it, or the process keeps running while they live).
 *
 * @throws RangeError when `workers` is not a whole number ≥ 1
 */
export function createNodePool(options: NodePoolOptions = {}): RunPool {
  const threads = options.workers ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1)
    throw new RangeError(`a pool needs at least 1 worker, got ${String(threads)}`);
  const script = workerScript();
  let callingThreadTaken = options.callingThread !== true;
  const spawn = (): PoolWorker => {
    if (!callingThreadTaken) {
      callingThreadTaken = true;
      return callingThreadWorker();
    }
    const worker = new Worker(script.url, { workerData: script.workerData });
    let onReply: (reply: PoolReply) => void = () => undefined;
    let onFailure: (message: string) => void = () => undefined;
    let stopped = false;
    worker.on('message', (reply: PoolReply) => {
      onReply(reply);
    });
    worker.on('error', (error: Error) => {
      onFailure(error.message);
    });
    worker.on('exit', (code) => {
      if (!stopped) onFailure(`the worker thread exited with code ${code}`);
    });
    return {
      post: (task) => {
        worker.postMessage(task);
      },
      onReply: (handler) => (onReply = handler),
      onFailure: (handler) => (onFailure = handler),
      terminate: () => {
        stopped = true;
        void worker.terminate();
      },
    };
  };
  return createRunPool(spawn, threads + (options.callingThread === true ? 1 : 0));
}
