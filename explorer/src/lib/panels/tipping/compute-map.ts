import { withAxisValue, type Axis, type Model, type Scenario } from '@samenspel/core';
import { FINAL_VARIABLE, TAKE_OFF } from './map-colours.js';
import { currentValue, MAP_STEPS, quantityAxis, type Quantity } from './quantities.js';
import type { JobOptions } from '@samenspel/runner';
import type { SearchRunner } from './search-runner.js';
import { lineFinding, nearestTransition, type LineFinding } from './threshold-text.js';

/** Values per line sweep behind the text (every 5 on a 0–100 axis). */
export const LINE_STEPS = 21;

/** A computed tipping map with what the text alternative says about each axis. */
export interface TippingMap {
  /** The scenario the map was computed from. */
  readonly base: Scenario;
  /** The quantity across (columns). */
  readonly x: Quantity;
  /** The quantity up (rows). */
  readonly y: Quantity;
  /** The column values. */
  readonly xValues: Float64Array;
  /** The row values (bottom to top). */
  readonly yValues: Float64Array;
  /** Collective intelligence at the end of each run, row-major (`values[j * nx + i]`). */
  readonly values: Float64Array;
  /** 1 where collaboration takes off, same layout. */
  readonly present: Uint8Array;
  /** The region's value of `x`, or null when it has none. */
  readonly xCurrent: number | null;
  /** The region's value of `y`, or null when it has none. */
  readonly yCurrent: number | null;
  /** What changing only `x` does (with `y` at the region's value). */
  readonly xLine: LineFinding;
  /** What changing only `y` does (with `x` at the region's value). */
  readonly yLine: LineFinding;
}

/** What to compute. */
export interface MapRequest {
  /** The model. */
  readonly model: Model;
  /** The current scenario. */
  readonly base: Scenario;
  /** Quantity across. */
  readonly x: Quantity;
  /** Quantity up. */
  readonly y: Quantity;
  /** Values per axis (default {@link MAP_STEPS}). */
  readonly steps?: number;
}

/** Progress of the whole computation, 0–1. */
export type Fraction = (done: number) => void;

/**
 * Computes the tipping map and the facts behind its text: a `sweep2d` over both quantities (the
 * colours), a line sweep along each quantity through the region's own point, and `locateThreshold`
 * on the step of that line where take-off starts. Sweeps and the search go through `runner` (Web
 * Workers when the app has them); rejects when `signal` aborts.
 */
export async function computeTippingMap(
  runner: SearchRunner,
  request: MapRequest,
  onFraction: Fraction = () => {},
  signal?: AbortSignal,
): Promise<TippingMap> {
  const { model, base, x, y } = request;
  const steps = request.steps ?? MAP_STEPS;
  const mapRuns = steps * steps;
  const total = mapRuns + 2 * LINE_STEPS + 2 * 8;
  let done = 0;
  const job = (offset: number): JobOptions => ({
    onProgress: (p) => {
      onFraction(Math.min(1, (offset + p.done) / total));
    },
    ...(signal === undefined ? {} : { signal }),
  });
  const outcome = { kind: 'final', variable: FINAL_VARIABLE } as const;

  const grid = await runner.sweep(
    { model, base, x: quantityAxis(x, steps), y: quantityAxis(y, steps), outcome, pattern: TAKE_OFF },
    job(done),
  );
  done += mapRuns;
  const xCurrent = currentValue(model, base, x);
  const yCurrent = currentValue(model, base, y);

  const line = async (along: Quantity, other: Quantity, otherValue: number | null): Promise<LineFinding> => {
    const axis = quantityAxis(along, LINE_STEPS);
    // Hold the other quantity at the region's value the way the map does (a uniform start first).
    const fixed: Axis | undefined =
      otherValue === null ? undefined : { target: other.target, from: otherValue, to: otherValue, steps: 1 };
    const sweep =
      fixed === undefined
        ? await runner.sweep({ model, base, x: axis, outcome, pattern: TAKE_OFF }, job(done))
        : await runner.sweep({ model, base, x: axis, y: fixed, outcome, pattern: TAKE_OFF }, job(done));
    done += LINE_STEPS;
    const present = sweep.present ?? new Uint8Array(0);
    const current = currentValue(model, base, along);
    const transition = nearestTransition(sweep.xValues, present, current);
    let refined: number | null = null;
    // A uniform start would overwrite a single factor held fixed: only refine where it cannot.
    const canRefine = !(along.target.kind === 'uniformInitial' && other.target.kind === 'initial');
    if (transition?.rising === true && canRefine) {
      const lineBase = otherValue === null ? base : withAxisValue(model, base, other.target, otherValue);
      refined = await runner.locateThreshold(
        {
          model,
          base: lineBase,
          axis: { target: along.target, from: transition.lo, to: transition.hi },
          pattern: TAKE_OFF,
        },
        job(done),
      );
    }
    done += 8;
    return lineFinding(present, transition, refined);
  };

  const xLine = await line(x, y, yCurrent);
  const yLine = await line(y, x, xCurrent);
  onFraction(1);
  return {
    base,
    x,
    y,
    xValues: grid.xValues,
    yValues: grid.yValues,
    values: grid.values,
    present: grid.present ?? new Uint8Array(grid.values.length),
    xCurrent,
    yCurrent,
    xLine,
    yLine,
  };
}
