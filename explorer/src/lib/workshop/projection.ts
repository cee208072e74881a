import type { InputSetting, Intervention, Model, Scenario, SimulationResultJson } from '@samenspel/core';
import type { ExplorerRunner } from '../sim/explorer-runner.js';

/** The month of the follow-up check when a round does not say otherwise (the seed's six months). */
export const DEFAULT_FOLLOW_UP_MONTH = 6;

/**
 * The scenario a workshop runs: `base` (run settings, inputs, parameters) starting from a round's
 * measured values (`starting`, factor id → 0–1; factors the round has no value for keep `base`'s),
 * with `interventions` as the levers. Exogenous factors are inputs of the model, so their measured
 * value goes to `inputs`; the others to `initial`. The run lasts at least `minHorizon` months.
 */
export function roundScenario(
  model: Model,
  base: Scenario,
  starting: Readonly<Record<string, number>>,
  interventions: readonly Intervention[],
  minHorizon = 0,
): Scenario {
  const initial: Record<string, number> = { ...base.initial };
  const inputs: Record<string, InputSetting> = { ...base.inputs };
  for (const factor of model.factors) {
    const value = starting[factor.id];
    if (value === undefined || !Number.isFinite(value)) continue;
    const v = Math.min(1, Math.max(0, value));
    if (factor.exogenous) inputs[factor.id] = v;
    else initial[factor.id] = v;
  }
  const horizon = Math.max(base.horizonMonths ?? 60, Math.ceil(minHorizon));
  return { ...base, horizonMonths: horizon, initial, inputs, interventions: [...interventions] };
}

/**
 * The value of a series at `month`, linearly interpolated between the run's time points; before
 * the first point the first value, after the last the last value; null for an empty series.
 */
export function valueAtMonth(
  time: readonly number[],
  values: readonly number[],
  month: number,
): number | null {
  const n = Math.min(time.length, values.length);
  if (n === 0 || !Number.isFinite(month)) return null;
  const firstT = time[0] ?? 0;
  if (month <= firstT) return values[0] ?? null;
  const lastT = time[n - 1] ?? 0;
  if (month >= lastT) return values[n - 1] ?? null;
  // Binary search for the last time point at or before `month`.
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((time[mid] ?? 0) <= month) lo = mid;
    else hi = mid;
  }
  const t0 = time[lo] ?? 0;
  const t1 = time[hi] ?? t0;
  const v0 = values[lo] ?? 0;
  const v1 = values[hi] ?? v0;
  if (t1 === t0) return v0;
  return v0 + ((v1 - v0) * (month - t0)) / (t1 - t0);
}

/** Every factor of a run at `month` (factor id → 0–1); factors the run lacks are left out. */
export function factorsAtMonth(
  model: Model,
  result: SimulationResultJson,
  month: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const factor of model.factors) {
    const series = result.series[factor.id];
    if (series === undefined) continue;
    const v = valueAtMonth(result.time, series, month);
    if (v !== null) out[factor.id] = v;
  }
  return out;
}

/**
 * What the model projected for a plan: the run from the first round's values with the plan's
 * interventions, read at `month` (the month of the follow-up round). Runs through `runner` (the
 * explorer's worker in the browser), without loop analysis. Resolves with null when the runner
 * dropped the run for a newer one.
 */
export async function projectPlan(
  runner: ExplorerRunner,
  model: Model,
  base: Scenario,
  starting: Readonly<Record<string, number>>,
  interventions: readonly Intervention[],
  month: number,
): Promise<Record<string, number> | null> {
  const scenario = roundScenario(model, base, starting, interventions, month);
  const outcome = await runner.run(scenario, [], { loops: false });
  if (outcome === null) return null;
  return factorsAtMonth(model, outcome.main, month);
}
