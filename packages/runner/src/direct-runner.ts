import { runToEnd, type SearchProgress } from '@samenspel/core';
import { batchSteps, computeRun, leastSteps, sweepSteps, thresholdSteps } from './compute.js';
import { CancelledError, RunnerDisposedError } from './errors.js';
import type { JobOptions, SimRunner, SweepRequest, SweepResultFor } from './sim-runner.js';

/**
 * A {@link SimRunner} on the calling thread, for tests, Node scripts and environments without
 * workers. Each call computes at once (the promise is already settled when it is returned), so
 * nothing is ever superseded and `cancel()` has nothing to stop; a job whose abort signal has
 * already fired is not started. Results are the same plain data a worker runner returns.
 */
export function createDirectRunner(): SimRunner {
  let disposed = false;

  /** Runs `compute` now; its result or what it throws settles the promise. */
  function settle<T>(compute: () => T): Promise<T> {
    if (disposed) return Promise.reject(new RunnerDisposedError());
    try {
      return Promise.resolve(compute());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  function job<T>(steps: Generator<SearchProgress, { value: T }, void>, options: JobOptions): T {
    if (options.signal?.aborted === true) throw new CancelledError();
    return runToEnd(steps, options.onProgress).value;
  }

  return {
    run: ({ model, ...request }) => settle(() => computeRun(model, request).value),
    runBatch: ({ model, runs }, options = {}) => settle(() => job(batchSteps(model, { runs }), options)),
    locateThreshold: ({ model, ...request }, options = {}) =>
      settle(() => job(thresholdSteps(model, request), options)),
    sweep: <R extends SweepRequest>(request: R, options: JobOptions = {}) =>
      settle(() => job(sweepSteps(request.model, request), options) as SweepResultFor<R>),
    leastIntervention: (request, options = {}) =>
      settle(() => job(leastSteps(request.model, request), options)),
    cancel: () => undefined,
    dispose: () => {
      disposed = true;
    },
  };
}
