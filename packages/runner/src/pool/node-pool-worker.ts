/**
 * The script each `worker_threads` worker of a Node run pool runs: serves tasks from its parent.
 */
import { parentPort } from 'node:worker_threads';
import { handlePoolTasks } from './handle-pool-tasks.js';
import type { PoolTask } from './pool-protocol.js';

if (parentPort === null) throw new Error('node-pool-worker must run in a worker thread');
const port = parentPort;
const handle = handlePoolTasks((reply, transfer) => {
  port.postMessage(reply, transfer);
});
port.on('message', (task: PoolTask) => {
  handle(task);
});
