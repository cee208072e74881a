/**
 * The module a Web Worker loads to serve a web run pool (`@samenspel/runner/pool-worker`).
 * Importing it wires the worker's messages; it exports nothing.
 */
import { servePoolWorker, type PoolScopeLike } from './serve-pool-worker.js';

/** The worker's global scope, typed locally so the package needs no DOM or WebWorker library. */
declare const self: PoolScopeLike;

servePoolWorker(self);
