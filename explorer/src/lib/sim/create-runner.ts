import { resultToJson } from '@samenspel/core';
import { createWorkerRunner } from '@samenspel/runner';
import { model } from '../model.js';
import { createDirectExplorerRunner, runQuickNow, type ExplorerRunner } from './explorer-runner.js';

/**
 * The runner the explorer uses: simulations in a Web Worker, latest request wins (runs queued
 * behind a newer one resolve as superseded and are never computed), and quick runs without loop
 * analysis on the calling thread through `runNow` (see `SimStore.request`). Falls back to the calling
 * thread where workers are unavailable.
 */
export function createExplorerRunner(): ExplorerRunner {
  if (typeof Worker === 'undefined') return createDirectExplorerRunner();
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'samenspel-sim',
  });
  const runner = createWorkerRunner(worker);
  return {
    async run(scenario, compare, options = {}) {
      const response = await runner.run({ model, scenario, compare, loops: options.loops ?? true });
      if (response.superseded) return null;
      return { main: resultToJson(response.main), compare: response.compare.map((r) => resultToJson(r)) };
    },
    runNow: runQuickNow,
    dispose() {
      runner.dispose();
    },
  };
}
