import { createWorkerRunner } from '@samenspel/runner';
import { model } from '../model.js';
import { createDirectExplorerRunner, outcomeToJson, type ExplorerRunner } from './explorer-runner.js';

/**
 * The runner the explorer uses: every simulation in a Web Worker, latest request wins for `run`
 * (runs queued behind a newer one resolve as superseded and are never computed); `runMany` is one
 * cancellable job in the same worker. Falls back to the calling thread where workers are
 * unavailable.
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
      return response.superseded ? null : outcomeToJson(response);
    },
    runMany(items, signal) {
      const runs = items.map((item) => ({ scenario: item.scenario, compare: item.compare, loops: false }));
      return runner.runBatch({ model, runs }, signal === undefined ? {} : { signal });
    },
    dispose() {
      runner.dispose();
    },
  };
}
