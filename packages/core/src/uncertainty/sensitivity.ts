import type { Model } from '../model/model-types.js';
import { listParameters } from '../scenario/parameter-ids.js';
import { SCENARIO_DEFAULTS, type Scenario } from '../scenario/scenario-types.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { RunTally, runToEnd, type SearchProgress } from '../search/progress.js';
import { InvalidScenarioError, simulate } from '../simulate/simulate.js';

/**
 * How far each value is moved in a one-at-a-time sensitivity analysis:
 * - `fraction`: a parameter to its value × (1 − f) and × (1 + f); an initial level to its value − f
 *   and + f (levels are already fractions of full development, so the step is absolute). Both
 *   clipped to the allowed range;
 * - `range`: a parameter to its allowed minimum and maximum (`listParameters`); an initial level to
 *   0 and 1.
 */
export type SensitivitySpan =
  { readonly kind: 'fraction'; readonly fraction: number } | { readonly kind: 'range' };

/** Options of {@link sensitivity}. */
export interface SensitivityOptions {
  /** The factor or input whose level is measured. */
  readonly outcome: string;
  /** The month at which it is measured, in [0, horizon] (the nearest saved time is used). */
  readonly month: number;
  /** Parameters to vary. Default: every id `listParameters` names. */
  readonly parameters?: readonly string[] | undefined;
  /** Endogenous factors whose initial level to vary. Default: all of them. */
  readonly initial?: readonly string[] | undefined;
  /** How far to move each value. Default `{ kind: 'fraction', fraction: 0.1 }`. */
  readonly span?: SensitivitySpan | undefined;
}

/** Default of {@link SensitivityOptions.span}: ± 10 %. */
export const SENSITIVITY_SPAN: SensitivitySpan = { kind: 'fraction', fraction: 0.1 };

/** One bar of the tornado: a value moved down and up, and the outcome at either end. */
export interface SensitivityRow {
  /** A parameter, or a factor's initial level. */
  readonly kind: 'parameter' | 'initial';
  /** Parameter id, or factor id for an initial level. */
  readonly id: string;
  /** Its value in the base scenario. */
  readonly base: number;
  /** The low value tried. */
  readonly low: number;
  /** The high value tried. */
  readonly high: number;
  /** The outcome with the low value. */
  readonly outcomeLow: number;
  /** The outcome with the high value. */
  readonly outcomeHigh: number;
  /** |outcomeHigh − outcomeLow|: the length of the bar. */
  readonly swing: number;
}

/** The result of {@link sensitivity}. */
export interface SensitivityResult {
  /** The measured variable. */
  readonly outcome: string;
  /** The month of the saved time used. */
  readonly month: number;
  /** The outcome of the base scenario. */
  readonly baseline: number;
  /** One row per value varied, largest swing first (ties by kind, then id). */
  readonly rows: readonly SensitivityRow[];
}

/** {@link sensitivity} as a generator that yields its progress after every run. */
export function* sensitivitySteps(
  model: Model,
  base: Scenario,
  options: SensitivityOptions,
): Generator<SearchProgress, SensitivityResult, void> {
  const part = yield* sensitivityPartSteps(model, base, options);
  return sortSensitivity(part);
}

/**
 * Part of a sensitivity study: the rows of quantities `from` … `to − 1` in the order they are varied
 * (the parameters, then the initial levels), unsorted, with the baseline. Parts that cover every
 * quantity once, their rows concatenated in order and given to {@link sortSensitivity}, give exactly
 * what {@link sensitivity} gives.
 */
export interface SensitivityPart extends SensitivityResult {
  /** Index of the first quantity of the part. */
  readonly from: number;
  /** One past the index of its last quantity. */
  readonly to: number;
  /** The number of quantities of the whole study. */
  readonly total: number;
}

/** The rows of a study sorted as {@link sensitivity} returns them: largest swing first, ties by kind, then id. */
export function sortSensitivity(result: SensitivityResult): SensitivityResult {
  const rows = [...result.rows].sort(
    (a, b) => b.swing - a.swing || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
  );
  return { outcome: result.outcome, month: result.month, baseline: result.baseline, rows };
}

/**
 * Only quantities `from` … `to − 1` (default: all) of a sensitivity study, as a generator: see
 * {@link SensitivityPart}. The options are checked as by {@link sensitivity}.
 *
 * @throws RangeError unless 0 ≤ from ≤ to ≤ the number of quantities; see {@link sensitivity}
 */
export function* sensitivityPartSteps(
  model: Model,
  base: Scenario,
  options: SensitivityOptions,
  from?: number,
  to?: number,
): Generator<SearchProgress, SensitivityPart, void> {
  const { outcome } = options;
  if (!model.factors.some((f) => f.id === outcome) && !model.inputs.some((i) => i.id === outcome)) {
    throw new Error(`unknown outcome '${outcome}'; use a factor or input id of the model`);
  }
  const validation = validateScenario(model, base);
  if (!validation.ok) throw new InvalidScenarioError(validation.diagnostics);
  const horizon = validation.scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths;
  const dt = validation.scenario.dt ?? SCENARIO_DEFAULTS.dt;
  if (!(options.month >= 0 && options.month <= horizon)) {
    throw new RangeError(`month must lie in [0, ${horizon}], got ${options.month}`);
  }
  const row = Math.round(options.month / dt);
  const span = options.span ?? SENSITIVITY_SPAN;
  if (span.kind === 'fraction' && !(span.fraction > 0 && Number.isFinite(span.fraction))) {
    throw new RangeError(`the fraction must be a positive number, got ${span.fraction}`);
  }
  const info = new Map(listParameters(model).map((p) => [p.id, p]));
  const parameterIds = options.parameters ?? [...info.keys()];
  const endogenous = model.factors.filter((f) => !f.exogenous);
  const initialIds = options.initial ?? endogenous.map((f) => f.id);
  const jobs: { kind: 'parameter' | 'initial'; id: string; base: number; low: number; high: number }[] = [];
  for (const id of parameterIds) {
    const p = info.get(id);
    if (p === undefined) throw new Error(`unknown parameter '${id}'; see listParameters`);
    const value = base.parameters?.[id] ?? p.value;
    const [low, high] =
      span.kind === 'range'
        ? [p.min, p.max]
        : [clip(value * (1 - span.fraction), p.min, p.max), clip(value * (1 + span.fraction), p.min, p.max)];
    jobs.push({ kind: 'parameter', id, base: value, low: Math.min(low, high), high: Math.max(low, high) });
  }
  for (const id of initialIds) {
    const f = endogenous.find((g) => g.id === id);
    if (f === undefined)
      throw new Error(`unknown factor '${id}' for an initial level; use an endogenous factor`);
    const value = base.initial?.[id] ?? f.initial;
    const [low, high] =
      span.kind === 'range' ? [0, 1] : [clip(value - span.fraction, 0, 1), clip(value + span.fraction, 0, 1)];
    jobs.push({ kind: 'initial', id, base: value, low, high });
  }
  const total = jobs.length;
  const first = from ?? 0;
  const end = to ?? total;
  if (!(Number.isInteger(first) && Number.isInteger(end) && first >= 0 && first <= end && end <= total)) {
    throw new RangeError(`a part needs whole numbers 0 ≤ from ≤ to ≤ ${total}, got ${first}–${end}`);
  }
  const tally = new RunTally(1 + 2 * (end - first));
  const measure = (scenario: Scenario) =>
    (simulate(model, scenario, { loops: false }).series[outcome] as Float64Array)[row] as number;
  const baseline = measure(base);
  yield tally.count();
  const rows: SensitivityRow[] = [];
  for (const job of jobs.slice(first, end)) {
    const at = (value: number): Scenario =>
      job.kind === 'parameter'
        ? { ...base, parameters: { ...base.parameters, [job.id]: value } }
        : { ...base, initial: { ...base.initial, [job.id]: value } };
    const outcomeLow = measure(at(job.low));
    yield tally.count();
    const outcomeHigh = measure(at(job.high));
    yield tally.count();
    rows.push({ ...job, outcomeLow, outcomeHigh, swing: Math.abs(outcomeHigh - outcomeLow) });
  }
  return { outcome, month: row * dt, baseline, rows, from: first, to: end, total };
}

/**
 * One-at-a-time sensitivity (a tornado): moves each chosen parameter and initial level down and up
 * (see {@link SensitivitySpan}) with everything else at the base scenario, and reports the level of
 * `outcome` at `month` for both, largest swing first. 1 + 2 × (values) runs of
 * `simulate(model, scenario, { loops: false })`; deterministic. It shows each value's effect on its
 * own, not how values interact (use a Monte Carlo study or a 2-D sweep for that).
 *
 * @throws Error on an unknown outcome, parameter or factor; RangeError on a month outside the run
 * or a non-positive fraction; `InvalidScenarioError` when the base scenario is invalid
 */
export function sensitivity(model: Model, base: Scenario, options: SensitivityOptions): SensitivityResult {
  return runToEnd(sensitivitySteps(model, base, options));
}

function clip(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
