import type { Model } from '@samenspel/core';
// The narrow entries keep a worker's start-up short: they load only what a run needs.
import { sweepCellsSteps } from '@samenspel/core/search';
import { monteCarloPartSteps } from '@samenspel/core/uncertainty';
import type { ErrorData } from '../errors.js';
import { POOL_PROGRESS_EVERY, type PoolReply, type PoolTask } from './pool-protocol.js';

/** Posts a reply to the pool, transferring the listed buffers (a worker's `postMessage`). */
export type PostPoolReply = (reply: PoolReply, transfer: ArrayBuffer[]) => void;

/**
 * The worker side of a run pool (Monte Carlo and sweep tasks). Takes the function that posts to the pool (so it runs in Node
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
      if (model === undefined) throw new Error(`the worker holds no model with key ${task.modelKey}`);
      if (task.kind === 'sweep') {
        const steps = sweepCellsSteps(
          model,
          task.base,
          task.axes,
          task.outcome,
          task.options,
          task.from,
          task.to,
        );
        for (;;) {
          const step = steps.next();
          if (step.done === true) {
            const cells = step.value;
            const transfer = [cells.values.buffer] as ArrayBuffer[];
            if (cells.present !== undefined) transfer.push(cells.present.buffer as ArrayBuffer);
            post({ id: task.id, kind: 'cells', cells }, transfer);
            return;
          }
          if (step.value.done % POOL_PROGRESS_EVERY === 0 && step.value.done < step.value.total) {
            post({ id: task.id, kind: 'progress', done: step.value.done }, []);
          }
        }
      }
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
      post({ id: task.id, kind: 'error', error: toErrorData(error) }, []);
    }
  };
}

/**
 * An error as plain data, like `errorToData` of the runner but without importing the whole core:
 * an `InvalidScenarioError` is recognised by its name and keeps its diagnostics.
 */
function toErrorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const diagnostics = (error as { diagnostics?: ErrorData['diagnostics'] }).diagnostics;
  return error.name === 'InvalidScenarioError' && Array.isArray(diagnostics)
    ? { name: error.name, message: error.message, diagnostics }
    : { name: error.name, message: error.message };
}
