/** One point of a step-wise input series: from `month` on, the input has `value`. */
export interface SeriesPoint {
  /** Month from which the value holds (≥ 0). */
  readonly month: number;
  /** Value in [0, 1]. */
  readonly value: number;
}

/** An input setting: a constant, or a step-wise series (the value of the last point at or before t). */
export type InputSetting = number | readonly SeriesPoint[];

/** A lever applied for a while: intensity v from `startMonth` (inclusive) to `endMonth` (exclusive). */
export interface Intervention {
  /** Lever id. */
  readonly lever: string;
  /** Month the lever starts acting (default 0). */
  readonly startMonth?: number;
  /** Month the lever stops acting (default: the end of the run). */
  readonly endMonth?: number;
  /** Intensity in [0, 1] (default 1). */
  readonly intensity?: number;
}

/** The integration methods the engine offers. */
export type Method = 'euler' | 'rk4';

/**
 * A scenario: what to run. Every field is optional; see {@link SCENARIO_DEFAULTS}. The explorer and
 * the command line read and write this very JSON shape.
 */
export interface Scenario {
  /** Display name. */
  readonly name?: string;
  /** Length of the run in months (default 60). */
  readonly horizonMonths?: number;
  /** Time step in months (default 0.25). */
  readonly dt?: number;
  /** Integration method (default `rk4`). */
  readonly method?: Method;
  /** Initial levels by factor id, in [0, 1]; unset factors use the model's defaults. */
  readonly initial?: Readonly<Record<string, number>>;
  /** Values of exogenous factors and inputs by id. */
  readonly inputs?: Readonly<Record<string, InputSetting>>;
  /**
   * Parameter overrides by id: a global parameter id (`memberTurnover`), or
   * `<factorId>.growthRate|erosion|halfSaturation|steepness`, or `<linkId>.weight|delay`.
   */
  readonly parameters?: Readonly<Record<string, number>>;
  /** Levers applied over time. */
  readonly interventions?: readonly Intervention[];
}

/** Defaults for the optional scenario fields that have one. */
export const SCENARIO_DEFAULTS = {
  name: 'Scenario',
  horizonMonths: 60,
  dt: 0.25,
  method: 'rk4',
} as const satisfies Required<Pick<Scenario, 'name' | 'horizonMonths' | 'dt' | 'method'>>;
