import { handleMessages, type HandlerOptions } from './handle-messages.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

/**
 * The little of a dedicated worker's global scope that {@link serveWorker} uses, so the package
 * needs no DOM or WebWorker type library.
 */
export interface WorkerScopeLike {
  /** Listens for the main thread's messages. */
  addEventListener(type: 'message', listener: (event: { readonly data?: unknown }) => void): void;
  /** Posts to the main thread, transferring the listed buffers. */
  postMessage(message: WorkerResponse, transfer: ArrayBuffer[]): void;
}

/**
 * Makes a worker scope answer a worker runner: passes its messages to {@link handleMessages}. A DOM
 * or WebWorker `self` fits {@link WorkerScopeLike}.
 */
export function serveWorker(scope: WorkerScopeLike, options: HandlerOptions = {}): void {
  const handle = handleMessages((message, transfer) => {
    scope.postMessage(message, transfer);
  }, options);
  scope.addEventListener('message', (event) => {
    handle(event.data as WorkerRequest);
  });
}
