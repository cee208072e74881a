import {
  summariseMonteCarlo,
  type Model,
  type MonteCarloBand,
  type MonteCarloResult,
  type Scenario,
} from '@samenspel/core';
import type { RunPool } from '@samenspel/runner';
import type { AppliedStartingValues } from '../../regions/region-repository.js';
import { planSpread, type SpreadPlan, type SpreadSource } from './assessment-spread.js';

/** The pattern whose share the panel reports. */
export const TAKE_OFF = 'collaborationTakesOff';

/** What the user asked for. */
export interface StudyRequest {
  /** The model. */
  readonly model: Model;
  /** The current scenario: the centre of the spread. */
  readonly base: Scenario;
  /** The factor whose band is shown. */
  readonly factor: string;
  /** Number of runs. */
  readonly runs: number;
  /** ± this much on a factor's initial level (uniform, clipped to [0, 1]) where no measured spread is used. */
  readonly initialSpread: number;
  /** Where the spread of the initial levels comes from (see `planSpread`). */
  readonly source: SpreadSource;
  /** The applied starting values whose spread `assessment` uses (null: none). */
  readonly applied: AppliedStartingValues | null;
  /** ± this fraction of every global parameter's value (uniform, clipped to its range). */
  readonly parameterFraction: number;
  /** Seed of the random streams. */
  readonly seed: number;
}

/** A finished study, with what it was computed for. */
export interface Study {
  /** The request (its `base` tells whether the scenario has changed since). */
  readonly request: StudyRequest;
  /** The factor's band over time. */
  readonly band: MonteCarloBand;
  /** The recorded months. */
  readonly months: Float64Array;
  /** The whole result (share of take-off included). */
  readonly result: MonteCarloResult;
  /** The spread that was used: its source and which factors got the measured spread. */
  readonly plan: SpreadPlan;
}

/**
 * Runs a Monte Carlo study around the scenario in the pool: every initial level and global
 * parameter spread as `planSpread` says (uniform ± amounts, or the measured spread), only the chosen factor
 * recorded (monthly), so little crosses back from the workers. Rejects with the runner's
 * `CancelledError` when `signal` aborts.
 */
export async function runStudy(
  pool: RunPool,
  request: StudyRequest,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<Study> {
  const { model, base, factor, runs, seed } = request;
  const plan = planSpread(
    model,
    base,
    request.source,
    request.applied,
    request.initialSpread,
    request.parameterFraction,
  );
  const { spec } = plan;
  const part = await pool.monteCarlo(
    { model, base, options: { runs, seed, spec, pattern: TAKE_OFF, variables: [factor], saveEvery: 1 } },
    { onProgress: (p) => onProgress(p.done / p.total), signal },
  );
  const result = summariseMonteCarlo(part);
  const band = result.bands[0];
  if (band === undefined) throw new Error('the study recorded no factor');
  return { request, band, months: result.months, result, plan };
}
