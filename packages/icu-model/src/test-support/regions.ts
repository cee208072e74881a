import { simulate, type Scenario, type SimulationResult } from '@samenspel/core';
import { icuNetworkModel } from '../icu-network-model.js';

/** Ids of the endogenous factors. */
export const endogenousIds = icuNetworkModel.factors.filter((f) => !f.exogenous).map((f) => f.id);

/** Runs the ICU model without loop analysis (fast). */
export function run(scenario: Scenario): SimulationResult {
  return simulate(icuNetworkModel, scenario, { loops: false });
}

/** A region whose every endogenous factor starts at `level`. */
export function uniformRegion(level: number, rest: Omit<Scenario, 'initial'> = {}): Scenario {
  return { ...rest, initial: Object.fromEntries(endogenousIds.map((id) => [id, level])) };
}

/** The value of a series at a month. */
export function at(result: SimulationResult, id: string, month: number): number {
  const row = result.time.findIndex((t) => Math.abs(t - month) < 1e-9);
  const value = result.series[id]?.[row];
  if (value === undefined) throw new Error(`no value for ${id} at month ${String(month)}`);
  return value;
}

/** Bisection for the smallest x in [lo, hi] at which `up(x)` holds, assuming it is monotone. */
export function bisect(lo: number, hi: number, up: (x: number) => boolean, steps = 25): number {
  let a = lo;
  let b = hi;
  for (let i = 0; i < steps; i++) {
    const mid = (a + b) / 2;
    if (up(mid)) b = mid;
    else a = mid;
  }
  return b;
}
