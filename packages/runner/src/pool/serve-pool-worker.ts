import { handlePoolTasks } from './handle-pool-tasks.js';
import type { PoolReply, PoolTask } from './pool-protocol.js';

/** The little of a dedicated Web Worker's global scope that {@link servePoolWorker} uses. */
export interface PoolScopeLike {
  /** Listens for the pool's tasks. */
  addEventListener(type: 'message', listener: (event: { readonly data?: unknown }) => void): void;
  /** Posts a reply, transferring the listed buffers. */
  postMessage(message: PoolReply, transfer: ArrayBuffer[]): void;
}

/** Makes a Web Worker scope serve a run pool (see {@link handlePoolTasks}). */
export function servePoolWorker(scope: PoolScopeLike): void {
  const handle = handlePoolTasks((reply, transfer) => {
    scope.postMessage(reply, transfer);
  });
  scope.addEventListener('message', (event) => {
    handle(event.data as PoolTask);
  });
}
