import { createRunPool, handlePoolTasks, type PoolReply, type RunPool } from '@samenspel/runner';

/**
 * A run pool of `size` stand-in workers that compute in this thread, a task per turn of the event
 * loop (so the page can paint and a job can be cancelled between tasks): for where Web Workers are
 * unavailable, and for unit tests. A stopped stand-in drops the replies still on their way.
 */
export function createInPagePool(size: number): RunPool {
  return createRunPool(() => {
    let onReply: (reply: PoolReply) => void = () => undefined;
    let stopped = false;
    const handle = handlePoolTasks((reply) => {
      setTimeout(() => {
        if (!stopped) onReply(reply);
      }, 0);
    });
    return {
      post: (task) =>
        setTimeout(() => {
          if (!stopped) handle(task);
        }, 0),
      onReply: (h) => (onReply = h),
      onFailure: () => undefined,
      terminate: () => (stopped = true),
    };
  }, size);
}
