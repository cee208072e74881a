import { compileModel } from '../compile/compile-model.js';
import { planRun } from '../compile/run-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { integrate } from '../integrate/integrate.js';
import type { Model } from '../model/model-types.js';
import { SCENARIO_DEFAULTS, type Scenario } from '../scenario/scenario-types.js';
import { applyFitTargets, resolveFitTargets } from './fit-targets.js';
import { onBound } from './on-bound.js';
import {
  identifiabilityWarnings,
  type IdentifiabilityThresholds,
  type IdentifiabilityWarning,
} from './identifiability.js';
import { nelderMead, type NelderMeadOptions } from './nelder-mead.js';
import { observationWeight, type Observations } from './observations.js';

/** Settings of {@link calibrate}; every field is optional. */
export interface CalibrationOptions {
  /** Settings of the optimiser (defaults of {@link nelderMead}, with a starting simplex of 0.1 of each range). */
  readonly optimiser?: NelderMeadOptions;
  /** Thresholds of the identifiability warnings. */
  readonly identifiability?: IdentifiabilityThresholds;
}

/** One fitted quantity. */
export interface FittedValue {
  /** The id as given (`memberTurnover`, `initial.trust`, `inputs.externalContext`). */
  readonly id: string;
  /** The best value found. */
  readonly value: number;
  /** The value the search started from. */
  readonly start: number;
  /** Lower bound of its range. */
  readonly min: number;
  /** Upper bound of its range. */
  readonly max: number;
}

/** One observation with the fitted run's value at its month. */
export interface Residual {
  /** Index of the round in the observations file. */
  readonly round: number;
  /** Label of the round (`round <n>` when the file gives none). */
  readonly label: string;
  /** Month of the round. */
  readonly month: number;
  /** Factor id. */
  readonly factor: string;
  /** The observed level. */
  readonly observed: number;
  /** The fitted run's level at that month (linear between saved steps). */
  readonly simulated: number;
  /** simulated − observed. */
  readonly residual: number;
  /** Weight of the squared residual in the sum of squares. */
  readonly weight: number;
}

/** What {@link calibrate} found. */
export interface CalibrationResult {
  /** Fitted quantities, in the order asked for. */
  readonly fitted: readonly FittedValue[];
  /** Every observation with its residual at the fitted values, in file order. */
  readonly residuals: readonly Residual[];
  /** Weighted sum of squared residuals Σ w·(simulated − observed)² at the fitted values. */
  readonly sumOfSquares: number;
  /** The same sum at the starting values. */
  readonly startSumOfSquares: number;
  /** Number of model runs the optimiser made (the identifiability check adds 2 per quantity). */
  readonly evaluations: number;
  /** False when the optimiser's budget ran out before its tolerances were met. */
  readonly converged: boolean;
  /** Identifiability and bound warnings; empty when the data determine every fitted quantity. */
  readonly warnings: readonly IdentifiabilityWarning[];
  /** The input scenario with the fitted values filled in (ready to run). */
  readonly scenario: Scenario;
}

/** Result of {@link calibrate}: the fit, or the problems that prevented it. */
export type CalibrationOutcome =
  | { readonly ok: true; readonly result: CalibrationResult }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

// Step of the central differences for the Jacobian, in units of each quantity's range.
const JACOBIAN_STEP = 1e-4;

/**
 * Fits quantities of a scenario (parameters, initial levels, constant input levels) to observed
 * levels by weighted least squares: it minimises Σ w·(simulated − observed)² with the bounded
 * Nelder–Mead method, working on each quantity scaled to its allowed range. Each evaluation is a full
 * run from month 0 to the last observed month (the scenario's method and dt; its horizon is replaced).
 * Afterwards it checks identifiability ({@link IDENTIFIABILITY_RULE}).
 *
 * @param scenario - a scenario that has passed `validateScenario`
 * @param observations - observations that have passed `validateObservations`
 * @param fit - ids of the quantities to fit (see `FitTarget`)
 */
export function calibrate(
  model: Model,
  scenario: Scenario,
  observations: Observations,
  fit: readonly string[],
  options: CalibrationOptions = {},
): CalibrationOutcome {
  const resolved = resolveFitTargets(model, scenario, fit);
  if (!resolved.ok) return resolved;
  const targets = resolved.targets;
  const compiled = compileModel(model);
  const dt = scenario.dt ?? SCENARIO_DEFAULTS.dt;

  const rows = observations.rounds.flatMap((round, r) =>
    Object.entries(round.values).map(([factor, v]) => {
      const value = typeof v === 'number' ? v : v.value;
      const weight = observationWeight(v);
      return {
        round: r,
        label: round.label ?? `round ${String(r + 1)}`,
        month: round.month,
        factor,
        observed: value,
        weight,
        state: compiled.slots.get(factor)?.index ?? 0,
      };
    }),
  );
  const lastMonth = Math.max(...rows.map((o) => o.month));
  const steps = Math.max(1, Math.ceil(lastMonth / dt - 1e-9));
  const base: Scenario = { ...scenario, horizonMonths: steps * dt };

  const toValues = (u: readonly number[]): number[] =>
    targets.map((t, k) => t.min + (u[k] ?? 0) * (t.max - t.min));
  const simulateAt = (values: readonly number[]): number[] => {
    const run = integrate(planRun(compiled, applyFitTargets(base, targets, values)));
    return rows.map((o) => {
      const series = run.states[o.state] as Float64Array;
      const x = o.month / dt;
      const k = Math.min(Math.floor(x), series.length - 1);
      const frac = x - k;
      const a = series[k] as number;
      return frac > 1e-12 && k + 1 < series.length ? a + frac * ((series[k + 1] as number) - a) : a;
    });
  };
  const sumOfSquaresOf = (sim: readonly number[]): number =>
    rows.reduce((s, o, i) => s + o.weight * ((sim[i] ?? 0) - o.observed) ** 2, 0);

  const u0 = targets.map((t) => (t.max > t.min ? (t.start - t.min) / (t.max - t.min) : 0));
  const zeros = targets.map(() => 0);
  const ones = targets.map(() => 1);
  const search = nelderMead(
    (u) => sumOfSquaresOf(simulateAt(toValues(u))),
    u0,
    { lower: zeros, upper: ones },
    {
      step: 0.1,
      ...options.optimiser,
    },
  );
  const best = toValues(search.x);
  const simulated = simulateAt(best);

  // Sensitivity: change of each simulated observation per full range of each quantity.
  const sensitivity = rows.map(() => new Array<number>(targets.length).fill(0));
  targets.forEach((_, j) => {
    const uj = search.x[j] ?? 0;
    const lo = Math.max(0, uj - JACOBIAN_STEP);
    const hi = Math.min(1, uj + JACOBIAN_STEP);
    const at = (x: number) => simulateAt(toValues(search.x.map((u, k) => (k === j ? x : u))));
    const down = lo === uj ? simulated : at(lo);
    const up = hi === uj ? simulated : at(hi);
    rows.forEach((_, i) => ((sensitivity[i] as number[])[j] = ((up[i] ?? 0) - (down[i] ?? 0)) / (hi - lo)));
  });
  const atBound = targets.map((t, k) => t.max > t.min && onBound(search.x[k] ?? 0));
  const warnings = identifiabilityWarnings(
    targets,
    sensitivity,
    rows.map((o) => o.weight),
    atBound,
    options.identifiability,
  );

  return {
    ok: true,
    result: {
      fitted: targets.map((t, k) => ({
        id: t.id,
        value: best[k] ?? t.start,
        start: t.start,
        min: t.min,
        max: t.max,
      })),
      residuals: rows.map((o, i) => ({
        round: o.round,
        label: o.label,
        month: o.month,
        factor: o.factor,
        observed: o.observed,
        simulated: simulated[i] ?? 0,
        residual: (simulated[i] ?? 0) - o.observed,
        weight: o.weight,
      })),
      sumOfSquares: sumOfSquaresOf(simulated),
      startSumOfSquares: sumOfSquaresOf(simulateAt(targets.map((t) => t.start))),
      evaluations: search.evaluations,
      converged: search.converged,
      warnings,
      scenario: applyFitTargets(scenario, targets, best),
    },
  };
}
