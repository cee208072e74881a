import { axisValues } from '@samenspel/core';
import type { RunPool, SweepJob, SweepRequest, SweepResultFor } from '@samenspel/runner';
import type { SearchRunner } from './search-runner.js';

/**
 * A {@link SearchRunner} whose sweeps are spread over a run pool (`RunPool.sweep`, the cells split
 * into tasks over its workers) and whose searches (tipping point, least intervention) go to `searches`. The sweep
 * gives exactly the numbers of core's `sweep1d`/`sweep2d`, whatever the pool's size.
 */
export function createPoolSearchRunner(
  pool: RunPool,
  searches: Pick<SearchRunner, 'locateThreshold' | 'leastIntervention'>,
): SearchRunner {
  return {
    sweep: async <R extends SweepRequest>(request: R, options = {}) => {
      const job: SweepJob = {
        model: request.model,
        base: request.base,
        axes: request.y === undefined ? [request.x] : [request.x, request.y],
        outcome: request.outcome,
        ...(request.pattern === undefined ? {} : { options: { pattern: request.pattern } }),
      };
      const cells = await pool.sweep(job, options);
      const grid = {
        xValues: axisValues(request.x),
        ...(request.y === undefined ? {} : { yValues: axisValues(request.y) }),
        values: cells.values,
        ...(cells.present === undefined ? {} : { present: cells.present }),
      };
      return grid as SweepResultFor<R>;
    },
    locateThreshold: (request, options) => searches.locateThreshold(request, options),
    leastIntervention: (request, options) => searches.leastIntervention(request, options),
  };
}
