import { createWebPool, type RunPool } from '@samenspel/runner';
import { createInPagePool } from './in-page-pool.js';

let shared: RunPool | null = null;

/** Workers the pool uses: one per core, at most 4 (the page waits while they compute). */
export function poolSize(cores: number | undefined): number {
  return Math.min(4, Math.max(1, cores ?? 2));
}

/**
 * The pool the explorer's many-run work computes with (the uncertainty study, the tipping map's
 * sweeps), made on first use so the page pays nothing until such work starts: Web Workers running
 * `@samenspel/runner/pool-worker` with the precompiled integrators. Jobs share the pool's queue.
 * Where workers are unavailable, one in-page stand-in that computes a task per turn of the event loop.
 */
export function appPool(): RunPool {
  if (shared !== null) return shared;
  if (typeof Worker === 'undefined') {
    shared = createInPagePool(1);
  } else {
    shared = createWebPool({
      workers: poolSize(navigator.hardwareConcurrency),
      createWorker: () =>
        new Worker(new URL('./pool.worker.ts', import.meta.url), { type: 'module', name: 'samenspel-pool' }),
    });
  }
  return shared;
}
