import {
  CancelledError,
  type JobOptions,
  type SimRunner,
  type SweepRequest,
  type SweepResultFor,
} from '@samenspel/runner';
import {
  findLeastInterventionSteps,
  locateThresholdSteps,
  sweep1dSteps,
  sweep2dSteps,
  type SearchProgress,
} from '@samenspel/core';

/**
 * What the tipping panel needs of a runner (`@samenspel/runner`): sweeps, the tipping-point search
 * along a line, and the least-intervention search.
 */
export type SearchRunner = Pick<SimRunner, 'sweep' | 'locateThreshold' | 'leastIntervention'>;

/** Lets the browser paint and handle input before the next chunk. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a core step generator on this thread in chunks of `chunk` runs, pausing between chunks so
 * the interface stays responsive; reports progress after each chunk and stops (rejecting with the
 * runner's `CancelledError`) when aborted.
 */
export async function runChunked<T>(
  steps: Generator<SearchProgress, T, void>,
  chunk: number,
  options: JobOptions = {},
): Promise<T> {
  let inChunk = 0;
  for (;;) {
    if (options.signal?.aborted === true) throw new CancelledError();
    const step = steps.next();
    if (step.done === true) return step.value;
    inChunk += 1;
    if (inChunk >= chunk) {
      inChunk = 0;
      options.onProgress?.(step.value);
      await pause();
    }
  }
}

/**
 * A {@link SearchRunner} on the main thread, for where workers are unavailable (unit tests): it calls the
 * core's step generators and pauses after every row of a sweep (every `chunk` runs of a search,
 * every 4 runs of a tipping-point search).
 */
export function createChunkedRunner(chunk = 15): SearchRunner {
  return {
    sweep: async <R extends SweepRequest>(request: R, options: JobOptions = {}) => {
      const opts = request.pattern === undefined ? {} : { pattern: request.pattern };
      const rowLength = Math.max(1, request.x.steps);
      if (request.y === undefined) {
        const steps = sweep1dSteps(request.model, request.base, request.x, request.outcome, opts);
        return (await runChunked(steps, rowLength, options)) as SweepResultFor<R>;
      }
      const steps = sweep2dSteps(request.model, request.base, request.x, request.y, request.outcome, opts);
      return (await runChunked(steps, rowLength, options)) as SweepResultFor<R>;
    },
    locateThreshold: (request, options = {}) => {
      const opts = request.tolerance === undefined ? {} : { tolerance: request.tolerance };
      const steps = locateThresholdSteps(request.model, request.base, request.axis, request.pattern, opts);
      return runChunked(steps, 4, options);
    },
    leastIntervention: (request, options = {}) =>
      runChunked(findLeastInterventionSteps(request.model, request.base, request.options), chunk, options),
  };
}
