import type { Model } from '../model/model-types.js';
import { SCENARIO_DEFAULTS, type Intervention, type Scenario } from '../scenario/scenario-types.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { InvalidScenarioError, simulate } from '../simulate/simulate.js';
import { bisect, bisectionSteps } from './bisect.js';
import { checkPattern } from './outcome.js';
import { RunTally, runToEnd, type SearchProgress } from './progress.js';

/**
 * What {@link findLeastIntervention} minimises: the `intensity` (0–1) of a lever that acts from
 * `startMonth` to the end of the run, or the `duration` (months) of a lever acting at full
 * intensity from `startMonth`.
 */
export type InterventionMeasure = 'intensity' | 'duration';

/** Options of {@link findLeastIntervention}. */
export interface LeastInterventionOptions {
  /** Id of the pattern the intervention must bring about (`summary[pattern]` true). */
  readonly pattern: string;
  /** Levers to try, each on its own. Default: every lever of the model, in model order. */
  readonly levers?: readonly string[];
  /** Minimise intensity or duration (see {@link InterventionMeasure}). */
  readonly mode: InterventionMeasure;
  /** Month the lever starts acting, in [0, horizon). Default 0. */
  readonly startMonth?: number;
  /**
   * Intensity mode: the smallest intensity considered (default 0.05). When even this much brings
   * the pattern about, it is reported as the value.
   */
  readonly minIntensity?: number;
  /**
   * Width within which the least value is located: intensity units (default 0.01) or months
   * (default 0.5).
   */
  readonly tolerance?: number;
}

/** The search result for one lever. */
export interface LeverSearchResult {
  /** Lever id. */
  readonly lever: string;
  /** True when the lever at its maximum (intensity 1 to the end of the run) brings the pattern about. */
  readonly enough: boolean;
  /** The least intensity or duration found (null when not `enough`). */
  readonly value: number | null;
  /** The intervention that achieves it, to add to the base scenario (null when not `enough`). */
  readonly intervention: Intervention | null;
}

/** The result of {@link findLeastIntervention}. */
export interface LeastInterventionResult {
  /** What was minimised. */
  readonly mode: InterventionMeasure;
  /** The pattern sought. */
  readonly pattern: string;
  /** True when the base scenario already shows the pattern; nothing is searched then. */
  readonly alreadyPresent: boolean;
  /** One entry per lever tried, least value first; levers that are not enough come last. */
  readonly results: readonly LeverSearchResult[];
  /** The lever with the least value, or null when no lever is enough (or the pattern is already there). */
  readonly best: { readonly lever: string; readonly value: number } | null;
  /** Number of runs the search took. */
  readonly runs: number;
}

/** Defaults of {@link LeastInterventionOptions}. */
export const LEAST_INTERVENTION_DEFAULTS = {
  startMonth: 0,
  minIntensity: 0.05,
  intensityTolerance: 0.01,
  durationTolerance: 0.5,
} as const;

/**
 * Answers "what is the least we could do?" by search: for each lever on its own, the least
 * intensity (lever acting from `startMonth` to the end of the run) or, in `duration` mode, the
 * shortest time at full intensity from `startMonth`, that makes the run show `pattern`. The lever's
 * intervention is added to the base scenario's own interventions.
 *
 * Per lever it first runs the maximum (intensity 1, or acting until the end of the run); if that is
 * not enough the lever reports `enough: false`. Otherwise it bisects down to `tolerance`, assuming
 * more of a lever never hurts (monotone). About levers × (2 + log2(range / tolerance)) runs of
 * `simulate(model, scenario, { loops: false })`; deterministic. Values of different levers share a
 * unit but not a cost: intensity 0.3 of one lever need not be cheaper than 0.4 of another.
 *
 * @throws Error on an unknown pattern or lever; RangeError on a `startMonth` outside [0, horizon),
 * a `minIntensity` outside (0, 1] or a non-positive tolerance; `InvalidScenarioError` when the base
 * scenario is invalid
 */
export function findLeastIntervention(
  model: Model,
  base: Scenario,
  options: LeastInterventionOptions,
): LeastInterventionResult {
  return runToEnd(findLeastInterventionSteps(model, base, options));
}

/** {@link findLeastIntervention} as a generator that yields its progress after every run. */
export function* findLeastInterventionSteps(
  model: Model,
  base: Scenario,
  options: LeastInterventionOptions,
): Generator<SearchProgress, LeastInterventionResult, void> {
  const { pattern, mode } = options;
  checkPattern(model, pattern);
  const validation = validateScenario(model, base);
  if (!validation.ok) throw new InvalidScenarioError(validation.diagnostics);
  const horizon = validation.scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths;
  const startMonth = options.startMonth ?? LEAST_INTERVENTION_DEFAULTS.startMonth;
  if (!(startMonth >= 0 && startMonth < horizon)) {
    throw new RangeError(`startMonth must lie in [0, ${horizon}), got ${startMonth}`);
  }
  const minIntensity = options.minIntensity ?? LEAST_INTERVENTION_DEFAULTS.minIntensity;
  if (!(minIntensity > 0 && minIntensity <= 1)) {
    throw new RangeError(`minIntensity must lie in (0, 1], got ${minIntensity}`);
  }
  const tolerance =
    options.tolerance ??
    (mode === 'intensity'
      ? LEAST_INTERVENTION_DEFAULTS.intensityTolerance
      : LEAST_INTERVENTION_DEFAULTS.durationTolerance);
  const levers = options.levers ?? model.levers.map((l) => l.id);
  for (const id of levers) {
    if (!model.levers.some((l) => l.id === id)) throw new Error(`unknown lever '${id}'`);
  }

  // The searched range: intensity in [minIntensity, 1]; duration in (0, horizon − startMonth].
  const lo = mode === 'intensity' ? minIntensity : 0;
  const hi = mode === 'intensity' ? 1 : horizon - startMonth;
  const tally = new RunTally(1 + levers.length * (2 + bisectionSteps(lo, hi, tolerance)));
  const intervention = (lever: string, value: number): Intervention =>
    mode === 'intensity'
      ? { lever, startMonth, intensity: value }
      : { lever, startMonth, endMonth: startMonth + value, intensity: 1 };
  const shows = (extra: Intervention | null) => {
    const interventions = [...(base.interventions ?? []), ...(extra === null ? [] : [extra])];
    return simulate(model, { ...base, interventions }, { loops: false }).summary[pattern] === true;
  };

  const alreadyPresent = shows(null);
  yield tally.count();
  if (alreadyPresent) {
    return { mode, pattern, alreadyPresent, results: [], best: null, runs: tally.done };
  }

  const results: LeverSearchResult[] = [];
  for (const lever of levers) {
    const holds = (value: number) => shows(intervention(lever, value));
    const enough = holds(hi);
    yield tally.count();
    if (!enough) {
      results.push({ lever, enough, value: null, intervention: null });
      continue;
    }
    let value: number;
    if (mode === 'intensity') {
      // The low end is not known to fail (the base run is intensity 0, not minIntensity): test it.
      const atLow = holds(lo);
      yield tally.count();
      value = atLow ? lo : yield* bisect(lo, hi, tolerance, holds, tally);
    } else {
      // Duration 0 is the base run, which does not show the pattern.
      value = yield* bisect(lo, hi, tolerance, holds, tally);
    }
    results.push({ lever, enough, value, intervention: intervention(lever, value) });
  }
  results.sort((p, q) => (p.value ?? Number.POSITIVE_INFINITY) - (q.value ?? Number.POSITIVE_INFINITY) || 0);
  const first = results[0];
  const best =
    first !== undefined && first.value !== null ? { lever: first.lever, value: first.value } : null;
  return { mode, pattern, alreadyPresent, results, best, runs: tally.done };
}
