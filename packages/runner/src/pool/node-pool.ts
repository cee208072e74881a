import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PoolReply } from './pool-protocol.js';
import { createRunPool, type PoolWorker, type RunPool } from './run-pool.js';

/** Options of {@link createNodePool}. */
export interface NodePoolOptions {
  /** Number of worker threads (default: `os.availableParallelism()`). */
  readonly workers?: number;
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
  const size = options.workers ?? availableParallelism();
  const script = workerScript();
  const spawn = (): PoolWorker => {
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
  return createRunPool(spawn, size);
}
