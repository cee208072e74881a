import type { PoolReply, PoolTask } from './pool-protocol.js';
import { createRunPool, type PoolWorker, type RunPool } from './run-pool.js';

/**
 * The little of a DOM `Worker` that {@link createWebPool} uses, so the package needs no DOM types.
 */
export interface WebWorkerLike {
  /** Sends a message. */
  postMessage(message: PoolTask): void;
  /** Listens for messages and for the worker's failure. */
  addEventListener(
    type: 'message' | 'error',
    listener: (event: { readonly data?: unknown; readonly message?: string }) => void,
  ): void;
  /** Stops the worker. */
  terminate(): void;
}

/** Options of {@link createWebPool}. */
export interface WebPoolOptions {
  /**
   * Makes one worker that runs `@samenspel/runner/pool-worker`, e.g.
   * `() => new Worker(new URL('./mc.worker.ts', import.meta.url), { type: 'module' })` where that
   * file is `import '@samenspel/runner/pool-worker'`.
   */
  readonly createWorker: () => WebWorkerLike;
  /** Number of workers (default `navigator.hardwareConcurrency` − 1, at least 1, at most 4). */
  readonly workers?: number;
}

declare const navigator: { readonly hardwareConcurrency?: number } | undefined;

/** A {@link RunPool} over Web Workers, for a browser. */
export function createWebPool(options: WebPoolOptions): RunPool {
  const cores = typeof navigator === 'undefined' ? 2 : (navigator.hardwareConcurrency ?? 2);
  const size = options.workers ?? Math.min(4, Math.max(1, cores - 1));
  const spawn = (): PoolWorker => {
    const worker = options.createWorker();
    let onReply: (reply: PoolReply) => void = () => undefined;
    let onFailure: (message: string) => void = () => undefined;
    worker.addEventListener('message', (event) => {
      onReply(event.data as PoolReply);
    });
    worker.addEventListener('error', (event) => {
      onFailure(event.message ?? 'the worker failed to load or threw');
    });
    return {
      post: (task) => {
        worker.postMessage(task);
      },
      onReply: (handler) => (onReply = handler),
      onFailure: (handler) => (onFailure = handler),
      terminate: () => {
        worker.terminate();
      },
    };
  };
  return createRunPool(spawn, size);
}
