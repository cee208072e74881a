import type { Model } from '../model/model-types.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { axisValues, sameTarget, withAxisValue, type Axis } from './axis.js';
import { locateThresholdSteps, type ThresholdOptions } from './locate-threshold.js';
import { runToEnd, type SearchProgress } from './progress.js';

/** The result of {@link tippingLine}: per y value, the tipping point along x. */
export interface TippingLine {
  /** The y axis values, in order. */
  readonly yValues: Float64Array;
  /**
   * `thresholds[j]`: the smallest x at which the pattern shows with y at `yValues[j]` (see
   * `locateThreshold`: `x.from` when present throughout, null when absent at `x.to`).
   */
  readonly thresholds: readonly (number | null)[];
}

/**
 * The tipping boundary of a 2-D map: for every value of `y`, `locateThreshold` along `x` (from
 * `x.from` to `x.to`; `x.steps` is not used) with y held at that value. Assumes the pattern is
 * monotone along x. A researcher's answer to "how far along must a region be, for each level of
 * the other quantity, to take off?".
 *
 * @throws RangeError when both axes vary the same field, x is a uniform start and y one factor's
 * initial level (x would overwrite it; swap the axes), or x is not an increasing range; see
 * `locateThreshold` for the rest
 */
export function tippingLine(
  model: Model,
  base: Scenario,
  x: Pick<Axis, 'target' | 'from' | 'to'>,
  y: Axis,
  pattern: string,
  options: ThresholdOptions = {},
): TippingLine {
  return runToEnd(tippingLineSteps(model, base, x, y, pattern, options));
}

/** {@link tippingLine} as a generator that yields its progress (runs so far, of at most total). */
export function* tippingLineSteps(
  model: Model,
  base: Scenario,
  x: Pick<Axis, 'target' | 'from' | 'to'>,
  y: Axis,
  pattern: string,
  options: ThresholdOptions = {},
): Generator<SearchProgress, TippingLine, void> {
  const yValues = axisValues(y);
  const thresholds = yield* tippingRowsSteps(model, base, x, y, pattern, options, 0, yValues.length);
  return { yValues, thresholds };
}

/**
 * Only `thresholds[from]` … `thresholds[to − 1]` of {@link tippingLine}: the tipping points of y
 * values `from` … `to − 1`, each exactly as the whole line gives it (for a map split into shards).
 *
 * @throws RangeError unless 0 ≤ from ≤ to ≤ `y.steps` (whole numbers); see {@link tippingLine}
 */
export function* tippingRowsSteps(
  model: Model,
  base: Scenario,
  x: Pick<Axis, 'target' | 'from' | 'to'>,
  y: Axis,
  pattern: string,
  options: ThresholdOptions,
  from: number,
  to: number,
): Generator<SearchProgress, (number | null)[], void> {
  if (sameTarget(x.target, y.target)) throw new RangeError('the x and y axes vary the same field');
  if (x.target.kind === 'uniformInitial' && y.target.kind === 'initial') {
    // x is applied over y, so a uniform start along x would overwrite y's factor.
    throw new RangeError(
      'with a uniform start along x, y cannot be one factor’s initial level; swap the axes',
    );
  }
  const yValues = axisValues(y);
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= yValues.length)) {
    throw new RangeError(`rows need whole numbers 0 ≤ from ≤ to ≤ ${yValues.length}, got ${from}–${to}`);
  }
  const rows = to - from;
  const thresholds: (number | null)[] = [];
  let done = 0;
  for (const value of yValues.subarray(from, to)) {
    const row = withAxisValue(model, base, y.target, value);
    const steps = locateThresholdSteps(model, row, x, pattern, options);
    let perRow = 0;
    let total: number;
    for (;;) {
      const step = steps.next();
      if (step.done === true) {
        thresholds.push(step.value);
        break;
      }
      perRow = step.value.done;
      total = step.value.total;
      yield { done: done + perRow, total: done + total * (rows - thresholds.length) };
    }
    done += perRow;
  }
  return thresholds;
}
