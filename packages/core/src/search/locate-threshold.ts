import type { Model } from '../model/model-types.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { simulate } from '../simulate/simulate.js';
import { withAxisValue, type Axis } from './axis.js';
import { bisect, bisectionSteps } from './bisect.js';
import { checkPattern } from './outcome.js';
import { RunTally, runToEnd, type SearchProgress } from './progress.js';

/** Options of {@link locateThreshold}. */
export interface ThresholdOptions {
  /** Width (in axis units) within which the threshold is located. Default 0.001. */
  readonly tolerance?: number;
}

/** Default of {@link ThresholdOptions.tolerance}. */
export const THRESHOLD_TOLERANCE = 1e-3;

/**
 * Finds by bisection the smallest value of the axis in [`axis.from`, `axis.to`] at which the run
 * shows `pattern` (`summary[pattern]` is true): a tipping point. It assumes the pattern is monotone
 * along the axis (absent below some value, present above it); `axis.steps` is not used. Takes
 * about 2 + log2((to − from) / tolerance) runs of `simulate(model, scenario, { loops: false })`.
 *
 * @returns `from` when the pattern is already present there; `null` when it is absent at `to` (no
 * threshold in range); otherwise a value at which it is present, with the pattern absent at most
 * `tolerance` below it
 * @throws RangeError unless `from` < `to` and the tolerance is positive; Error on an unknown
 * pattern; `InvalidScenarioError` when a run's scenario is invalid
 */
export function locateThreshold(
  model: Model,
  base: Scenario,
  axis: Pick<Axis, 'target' | 'from' | 'to'>,
  pattern: string,
  options: ThresholdOptions = {},
): number | null {
  return runToEnd(locateThresholdSteps(model, base, axis, pattern, options));
}

/** {@link locateThreshold} as a generator that yields its progress after every run. */
export function* locateThresholdSteps(
  model: Model,
  base: Scenario,
  axis: Pick<Axis, 'target' | 'from' | 'to'>,
  pattern: string,
  options: ThresholdOptions = {},
): Generator<SearchProgress, number | null, void> {
  checkPattern(model, pattern);
  const { from, to } = axis;
  if (!(Number.isFinite(from) && Number.isFinite(to) && from < to)) {
    throw new RangeError(`a threshold search needs from < to, got from ${from} and to ${to}`);
  }
  const tolerance = options.tolerance ?? THRESHOLD_TOLERANCE;
  const tally = new RunTally(2 + bisectionSteps(from, to, tolerance));
  const holds = (value: number) =>
    simulate(model, withAxisValue(model, base, axis.target, value), { loops: false }).summary[pattern] ===
    true;
  const atTop = holds(to);
  yield tally.count();
  if (!atTop) return null;
  const atBottom = holds(from);
  yield tally.count();
  if (atBottom) return from;
  return yield* bisect(from, to, tolerance, holds, tally);
}
