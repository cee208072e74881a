/**
 * A fake Web Worker for Node tests: `createWorkerRunner` on one side, `handleMessages` on the other,
 * joined by an asynchronous channel. Every message is structured-cloned (with its transfer list, so
 * a wrongly transferred buffer shows up as a detached array) and delivered in a later task, as
 * between a page and a real worker.
 */
import { handleMessages, type HandlerOptions } from '../handle-messages.js';
import type { WorkerRequest, WorkerResponse } from '../protocol.js';
import type { WorkerEventLike, WorkerLike } from '../worker-runner.js';

type Listener = (event: WorkerEventLike) => void;

/** The fake worker and what passed through it. */
export interface InProcessWorker {
  /** Give this to `createWorkerRunner`. */
  readonly worker: WorkerLike;
  /** Every message the worker side received, in order. */
  readonly received: WorkerRequest[];
  /** Every message the worker side posted, in order. */
  readonly posted: WorkerResponse[];
  /** Whether `terminate()` was called. */
  terminated(): boolean;
  /** Makes the fake worker fail, as a worker whose script throws at top level. */
  fail(message: string): void;
}

/** Connects a fake worker to a fresh {@link handleMessages}. */
export function inProcessWorker(options: HandlerOptions = {}): InProcessWorker {
  const listeners = { message: new Set<Listener>(), error: new Set<Listener>() };
  const received: WorkerRequest[] = [];
  const posted: WorkerResponse[] = [];
  let terminated = false;
  const handle = handleMessages((message, transfer) => {
    if (terminated) return;
    posted.push(message);
    const copy = structuredClone(message, { transfer });
    setTimeout(() => {
      for (const listener of listeners.message) listener({ data: copy });
    }, 0);
  }, options);
  const worker: WorkerLike = {
    postMessage(message) {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (terminated) return;
        received.push(copy);
        handle(copy);
      }, 0);
    },
    addEventListener(type, listener) {
      listeners[type].add(listener);
    },
    removeEventListener(type, listener) {
      listeners[type].delete(listener);
    },
    terminate() {
      terminated = true;
    },
  };
  return {
    worker,
    received,
    posted,
    terminated: () => terminated,
    fail(message) {
      for (const listener of listeners.error) listener({ message });
    },
  };
}
