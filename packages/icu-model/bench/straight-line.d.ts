import type { Model } from '@samenspel/core';

/**
 * Hand-written integrators of the ICU model (see straight-line.js): the baseline `simulate` is
 * benchmarked against. Both run from the model's default state with its default inputs and parameters.
 */
export interface StraightLine {
  /** Ids of the saved values in row order: the 12 endogenous factors, the delay state, the rise reference. */
  readonly stateIds: readonly string[];
  /** Number of values per saved row (14). */
  readonly nState: number;
  /**
   * Integrates with classical RK4 for `steps` steps of `dt` months, clamping to [0, 1] after each step,
   * and writes the initial state and the state after every step into `out`, row-major.
   *
   * @param out - at least (steps + 1) × nState values
   */
  rk4(out: Float64Array, dt: number, steps: number): void;
  /** As {@link StraightLine.rk4}, with explicit Euler. */
  euler(out: Float64Array, dt: number, steps: number): void;
}

/**
 * Reads the numbers of the ICU model once and returns its hand-written integrators. Throws when the
 * model's structure (factors, inputs, links, moderators, steepness) differs from the one the
 * equations are written for.
 */
export function createStraightLine(model: Model): StraightLine;
