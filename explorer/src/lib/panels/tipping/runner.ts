import { createWorkerRunner } from '@samenspel/runner';
import { appPool } from '../../sim/run-pool.js';
import { createPoolSearchRunner } from './pool-search-runner.js';
import { createChunkedRunner, type SearchRunner } from './search-runner.js';

let shared: SearchRunner | null = null;

/**
 * The runner the tipping panel computes with, made on first use: the map's sweeps are spread over
 * the app's run pool (one Web Worker per core), and the tipping-point and least-intervention
 * searches run on the panel's own worker (`@samenspel/runner`), so neither blocks the page nor delays the app's
 * simulation runs. Where workers are unavailable (unit tests), the main-thread runner that pauses
 * after every row of a sweep.
 */
export function tippingRunner(): SearchRunner {
  if (shared !== null) return shared;
  if (typeof Worker === 'undefined') {
    shared = createChunkedRunner();
  } else {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
      type: 'module',
      name: 'samenspel-tipping',
    });
    shared = createPoolSearchRunner(appPool(), createWorkerRunner(worker));
  }
  return shared;
}
