import { createWorkerRunner } from '@samenspel/runner';
import { createChunkedRunner, type SearchRunner } from './search-runner.js';

let shared: SearchRunner | null = null;

/**
 * The runner the tipping panel computes with, made on first use: a worker runner
 * (`@samenspel/runner`) on the panel's own Web Worker, so sweeps neither block the page nor delay
 * the app's simulation runs. Where workers are unavailable, the main-thread runner that pauses
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
    shared = createWorkerRunner(worker);
  }
  return shared;
}
