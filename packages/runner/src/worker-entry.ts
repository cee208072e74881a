/**
 * The module a Web Worker loads to serve a worker runner (`@samenspel/runner/worker`). Importing it
 * wires the worker's `self.onmessage`; it exports nothing.
 */
import { serveWorker, type WorkerScopeLike } from './serve-worker.js';

/** The worker's global scope, typed locally so the package needs no DOM or WebWorker library. */
declare const self: WorkerScopeLike;

serveWorker(self);
