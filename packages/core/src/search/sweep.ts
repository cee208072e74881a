import type { Model } from '../model/model-types.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { simulate } from '../simulate/simulate.js';
import { axisValues, sameTarget, withAxisValue, type Axis, type AxisTarget } from './axis.js';
import { checkOutcome, checkPattern, measureOutcome, type Outcome } from './outcome.js';
import { RunTally, runToEnd, type SearchProgress } from './progress.js';

/** Options of {@link sweep1d} and {@link sweep2d}. */
export interface SweepOptions {
  /**
   * Also record, per run, whether this pattern is present (`present`, 1 or 0), for example to outline
   * where a region takes off on a chart of final levels. Default: not recorded.
   */
  readonly pattern?: string;
}

/** The result of {@link sweep1d}: one outcome per axis value. */
export interface Sweep1dResult {
  /** The axis values, in order. */
  readonly xValues: Float64Array;
  /** `values[i]`: the outcome of the run at `xValues[i]`. */
  readonly values: Float64Array;
  /** `present[i]`: 1 when that run showed `options.pattern`, else 0 (only with that option). */
  readonly present?: Uint8Array;
}

/** The result of {@link sweep2d}: a grid of outcomes, row-major (one row per y value). */
export interface Sweep2dResult {
  /** The x axis values, in order (the columns). */
  readonly xValues: Float64Array;
  /** The y axis values, in order (the rows). */
  readonly yValues: Float64Array;
  /** `values[j * xValues.length + i]`: the outcome of the run at `(xValues[i], yValues[j])`. */
  readonly values: Float64Array;
  /** Same layout as `values`: 1 when that run showed `options.pattern`, else 0 (only with that option). */
  readonly present?: Uint8Array;
}

/**
 * Runs the base scenario once per value of the axis and records the outcome of each run. Runs use
 * `simulate(model, scenario, { loops: false })`; the result is deterministic.
 *
 * @param base - the scenario every run starts from; the axis overrides one of its fields
 * @throws RangeError on a malformed axis; Error on an outcome or pattern the model does not have;
 * `InvalidScenarioError` when a run's scenario is invalid (e.g. an axis value out of range)
 */
export function sweep1d(
  model: Model,
  base: Scenario,
  x: Axis,
  outcome: Outcome,
  options: SweepOptions = {},
): Sweep1dResult {
  return runToEnd(sweep1dSteps(model, base, x, outcome, options));
}

/**
 * {@link sweep1d} as a generator that yields its progress after every run and returns the result,
 * so a caller (a worker) can spread the work over time slices or stop between runs.
 */
export function* sweep1dSteps(
  model: Model,
  base: Scenario,
  x: Axis,
  outcome: Outcome,
  options: SweepOptions = {},
): Generator<SearchProgress, Sweep1dResult, void> {
  const grid = yield* gridSteps(model, base, [x], outcome, options);
  return grid.present === undefined
    ? { xValues: grid.values[0], values: grid.outcomes }
    : { xValues: grid.values[0], values: grid.outcomes, present: grid.present };
}

/**
 * Runs the base scenario once per point of the grid x × y and records the outcome of each run, row
 * by row (all x values for the first y value, then the next). An axis over `uniformInitial` is
 * applied before the other, so "everything at y, but factor f at x" works with either axis order.
 * Runs use `simulate(model, scenario, { loops: false })`; the result is deterministic.
 *
 * @throws RangeError on a malformed axis or two axes over the same field; Error on an outcome or
 * pattern the model does not have; `InvalidScenarioError` when a run's scenario is invalid
 */
export function sweep2d(
  model: Model,
  base: Scenario,
  x: Axis,
  y: Axis,
  outcome: Outcome,
  options: SweepOptions = {},
): Sweep2dResult {
  return runToEnd(sweep2dSteps(model, base, x, y, outcome, options));
}

/** {@link sweep2d} as a generator that yields its progress after every run and returns the result. */
export function* sweep2dSteps(
  model: Model,
  base: Scenario,
  x: Axis,
  y: Axis,
  outcome: Outcome,
  options: SweepOptions = {},
): Generator<SearchProgress, Sweep2dResult, void> {
  if (sameTarget(x.target, y.target)) throw new RangeError('the x and y axes vary the same field');
  const grid = yield* gridSteps(model, base, [x, y], outcome, options);
  const [xValues, yValues = new Float64Array(0)] = grid.values;
  return grid.present === undefined
    ? { xValues, yValues, values: grid.outcomes }
    : { xValues, yValues, values: grid.outcomes, present: grid.present };
}

/** The outcomes (and pattern flags) of a contiguous block of a sweep's runs: see {@link sweepCellsSteps}. */
export interface SweepCells {
  /** Index of the first run (cell) computed, in the order of `values` of the whole sweep. */
  readonly from: number;
  /** One past the index of the last run computed. */
  readonly to: number;
  /** `values[k]`: the outcome of run `from + k`. */
  readonly values: Float64Array;
  /** `present[k]`: 1 when run `from + k` showed `options.pattern`, else 0 (only with that option). */
  readonly present?: Uint8Array;
}

/**
 * Only the runs `from` … `to − 1` of {@link sweep1d} (axes `[x]`) or {@link sweep2d} (axes `[x, y]`),
 * numbered in the order of their `values` (x fastest): the part of a sweep split into shards.
 * Each run gives exactly the numbers the whole sweep gives for it, so blocks that cover every run
 * once, concatenated in order, equal the whole sweep's `values` and `present`.
 *
 * @throws RangeError unless 0 ≤ from ≤ to ≤ the number of runs (whole numbers); see {@link sweep2d}
 */
export function* sweepCellsSteps(
  model: Model,
  base: Scenario,
  axes: readonly [Axis] | readonly [Axis, Axis],
  outcome: Outcome,
  options: SweepOptions,
  from: number,
  to: number,
): Generator<SearchProgress, SweepCells, void> {
  const [x, y] = axes;
  if (y !== undefined && sameTarget(x.target, y.target)) {
    throw new RangeError('the x and y axes vary the same field');
  }
  const grid = yield* gridSteps(model, base, axes, outcome, options, { from, to });
  return grid.present === undefined
    ? { from, to, values: grid.outcomes }
    : { from, to, values: grid.outcomes, present: grid.present };
}

/** The shared loop of both sweeps: axes[0] varies fastest; only cells of `range` when given. */
function* gridSteps(
  model: Model,
  base: Scenario,
  axes: readonly [Axis, ...Axis[]],
  outcome: Outcome,
  options: SweepOptions,
  range?: { readonly from: number; readonly to: number },
): Generator<
  SearchProgress,
  { values: [Float64Array, ...Float64Array[]]; outcomes: Float64Array; present?: Uint8Array },
  void
> {
  checkOutcome(model, outcome);
  const pattern = options.pattern;
  if (pattern !== undefined) checkPattern(model, pattern);
  const values = axes.map(axisValues) as [Float64Array, ...Float64Array[]];
  const all = values.reduce((n, v) => n * v.length, 1);
  const first = range?.from ?? 0;
  const end = range?.to ?? all;
  if (!(Number.isInteger(first) && Number.isInteger(end) && first >= 0 && first <= end && end <= all)) {
    throw new RangeError(`a block of runs needs whole numbers 0 ≤ from ≤ to ≤ ${all}, got ${first}–${end}`);
  }
  const total = end - first;
  const outcomes = new Float64Array(total);
  const present = pattern === undefined ? undefined : new Uint8Array(total);
  // uniformInitial first, so that a single-factor axis can override one factor of it.
  const order = axes
    .map((_axis, k) => k)
    .sort((p, q) => rank((axes[p] as Axis).target) - rank((axes[q] as Axis).target));
  const tally = new RunTally(total);
  const index = new Array<number>(axes.length).fill(0);
  for (let cell = 0; cell < total; cell++) {
    let rest = first + cell;
    for (let k = 0; k < axes.length; k++) {
      const n = (values[k] as Float64Array).length;
      index[k] = rest % n;
      rest = Math.floor(rest / n);
    }
    let scenario = base;
    for (const k of order) {
      const value = (values[k] as Float64Array)[index[k] as number] as number;
      scenario = withAxisValue(model, scenario, (axes[k] as Axis).target, value);
    }
    const result = simulate(model, scenario, { loops: false });
    outcomes[cell] = measureOutcome(result, outcome);
    if (present !== undefined) present[cell] = result.summary[pattern as string] === true ? 1 : 0;
    yield tally.count();
  }
  return present === undefined ? { values, outcomes } : { values, outcomes, present };
}

function rank(target: AxisTarget): number {
  return target.kind === 'uniformInitial' ? 0 : 1;
}
