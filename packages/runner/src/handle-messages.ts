import type { SearchProgress } from '@samenspel/core';
import { batchSteps, computeRun, leastSteps, sweepSteps, thresholdSteps, type Computed } from './compute.js';
import { errorToData, runnerMessages } from './errors.js';
import { ModelStore } from './model-keys.js';
import type { JobKind, Jobs, ModelRef, WorkerRequest, WorkerResponse } from './protocol.js';

/** Sends a message to the main thread, transferring the listed buffers (a worker's `postMessage`). */
export type PostResponse = (message: WorkerResponse, transfer: ArrayBuffer[]) => void;

/** Options of {@link handleMessages}. */
export interface HandlerOptions {
  /**
   * Longest stretch (ms) a batch, sweep or search computes before it lets other messages in (new runs, a
   * cancel) and reports progress. Default 12.
   */
  readonly sliceMs?: number;
  /** Schedules the next slice. Default `setTimeout(task, 0)`. */
  readonly schedule?: (task: () => void) => void;
  /** Clock in ms. Default `performance.now()`. */
  readonly now?: () => number;
}

/** Default of {@link HandlerOptions.sliceMs}. */
export const SLICE_MS = 12;

/**
 * The worker side of the protocol. Takes the function that posts to the main thread (so it runs and
 * is tested in Node without a Worker) and returns the function to call with each message received.
 *
 * Runs are computed at once. Batches, sweeps and searches advance in slices of about `sliceMs`, with other
 * messages handled in between: runs keep answering while a sweep computes, and a `cancel` stops a
 * job before its next slice. Errors become `error` messages; nothing thrown escapes.
 */
export function handleMessages(
  post: PostResponse,
  options: HandlerOptions = {},
): (message: WorkerRequest) => void {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const schedule = options.schedule ?? ((task: () => void) => setTimeout(task, 0));
  const now = options.now ?? (() => performance.now());
  const models = new ModelStore();
  /** Ids of batches, sweeps and searches in progress. */
  const active = new Set<number>();

  const fail = (id: number, error: unknown) => post({ id, kind: 'error', payload: errorToData(error) }, []);

  function finish<K extends JobKind>(id: number, job: K, computed: Computed<Jobs[K]['result']>): void {
    const message = { id, kind: 'done', job, payload: computed.value } as WorkerResponse;
    post(message, computed.transfer);
  }

  function start<K extends Exclude<JobKind, 'run'>>(
    id: number,
    job: K,
    steps: Generator<SearchProgress, Computed<Jobs[K]['result']>, void>,
  ): void {
    active.add(id);
    const slice = () => {
      if (!active.has(id)) return;
      const until = now() + sliceMs;
      try {
        let step = steps.next();
        while (step.done !== true) {
          if (now() >= until) {
            post({ id, kind: 'progress', payload: step.value }, []);
            schedule(slice);
            return;
          }
          step = steps.next();
        }
        active.delete(id);
        finish(id, job, step.value);
      } catch (error) {
        active.delete(id);
        fail(id, error);
      }
    };
    schedule(slice);
  }

  const resolve = (payload: { readonly model: ModelRef }) => models.resolve(payload.model);

  return (message) => {
    const { id } = message;
    try {
      switch (message.kind) {
        // Each job's payload is its request with the model by reference (the extra field is not read).
        case 'run':
          finish(id, 'run', computeRun(resolve(message.payload), message.payload));
          return;
        case 'batch':
          start(id, 'batch', batchSteps(resolve(message.payload), message.payload));
          return;
        case 'threshold':
          start(id, 'threshold', thresholdSteps(resolve(message.payload), message.payload));
          return;
        case 'sweep':
          start(id, 'sweep', sweepSteps(resolve(message.payload), message.payload));
          return;
        case 'least':
          start(id, 'least', leastSteps(resolve(message.payload), message.payload));
          return;
        case 'cancel':
          active.delete(id);
          return;
        default:
          fail(id, new Error(runnerMessages.unknownRequest(String((message as { kind: unknown }).kind))));
      }
    } catch (error) {
      fail(id, error);
    }
  };
}
