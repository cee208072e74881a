import { monteCarloPartSteps, type Model } from '@samenspel/core';
import { errorToData, runnerMessages } from '../errors.js';
import { POOL_PROGRESS_EVERY, type PoolReply, type PoolTask } from './pool-protocol.js';

/** Posts a reply to the pool, transferring the listed buffers (a worker's `postMessage`). */
export type PostPoolReply = (reply: PoolReply, transfer: ArrayBuffer[]) => void;

/**
 * The worker side of a run pool. Takes the function that posts to the pool (so it runs in Node
 * tests without a worker) and returns the function to call with each task. A task is computed at
 * once, from start to end; the pool cancels by terminating the worker, so tasks are kept short.
 * Errors become `error` replies; nothing thrown escapes.
 */
export function handlePoolTasks(post: PostPoolReply): (task: PoolTask) => void {
  const models = new Map<number, Model>();
  return (task) => {
    try {
      if (task.model !== undefined) models.set(task.modelKey, task.model);
      const model = models.get(task.modelKey);
      if (model === undefined) throw new Error(runnerMessages.unknownModel(task.modelKey));
      const steps = monteCarloPartSteps(model, task.base, task.options, task.from, task.to);
      for (;;) {
        const step = steps.next();
        if (step.done === true) {
          const part = step.value;
          const transfer = [part.samples.buffer, part.present.buffer, part.months.buffer] as ArrayBuffer[];
          post({ id: task.id, kind: 'done', part }, transfer);
          return;
        }
        if (step.value.done % POOL_PROGRESS_EVERY === 0 && step.value.done < step.value.total) {
          post({ id: task.id, kind: 'progress', done: step.value.done }, []);
        }
      }
    } catch (error) {
      post({ id: task.id, kind: 'error', error: errorToData(error) }, []);
    }
  };
}
