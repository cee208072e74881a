/**
 * A fake pool worker for tests: {@link handlePoolTasks} behind the {@link PoolWorker} shape, with
 * every message structured-cloned (honouring the transfer list) and delivered in a later task, as
 * between threads.
 */
import { handlePoolTasks } from '../pool/handle-pool-tasks.js';
import type { PoolReply, PoolTask } from '../pool/pool-protocol.js';
import type { PoolWorker } from '../pool/run-pool.js';

/** What the fake workers of a test saw. */
export interface FakeWorkers {
  /** Makes one worker (give this to `createRunPool`). */
  readonly spawn: () => PoolWorker;
  /** Tasks received, per worker in order of creation. */
  readonly tasks: PoolTask[][];
  /** How many workers were terminated. */
  terminated(): number;
}

/** Fake workers that compute in this thread. */
export function fakeWorkers(): FakeWorkers {
  const tasks: PoolTask[][] = [];
  let terminated = 0;
  const spawn = (): PoolWorker => {
    const received: PoolTask[] = [];
    tasks.push(received);
    let stopped = false;
    let onReply: (reply: PoolReply) => void = () => undefined;
    const handle = handlePoolTasks((reply, transfer) => {
      const copy = structuredClone(reply, { transfer });
      setTimeout(() => {
        if (!stopped) onReply(copy);
      }, 0);
    });
    return {
      post(task) {
        const copy = structuredClone(task);
        received.push(copy);
        setTimeout(() => {
          if (!stopped) handle(copy);
        }, 0);
      },
      onReply: (handler) => (onReply = handler),
      onFailure: () => undefined,
      terminate() {
        stopped = true;
        terminated++;
      },
    };
  };
  return { spawn, tasks, terminated: () => terminated };
}
