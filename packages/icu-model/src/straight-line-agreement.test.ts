// The benchmark compares `simulate` with a hand-written version of the ICU model's equations
// (bench/straight-line.js). That comparison is only honest if both compute the same thing: this test
// holds them to 1e-12 on the default scenario, for RK4 and Euler, and checks that the hand-written
// version follows the model's numbers and refuses a model whose structure it was not written for.
import { describe, expect, it } from 'vitest';
import { compileModel, integrate, planRun, simulate, type Method, type Model } from '@samenspel/core';
import { createStraightLine } from '../bench/straight-line.js';
import { icuNetworkModel } from './icu-network-model.js';

const DT = 0.25;
const STEPS = 240;
const methods: readonly Method[] = ['rk4', 'euler'];

/** The hand-written trajectory: (STEPS + 1) rows of 14 states. */
function straightLine(model: Model, method: Method): Float64Array {
  const line = createStraightLine(model);
  const out = new Float64Array((STEPS + 1) * line.nState);
  line[method](out, DT, STEPS);
  return out;
}

/** Largest absolute difference between the hand-written trajectory and `simulate`'s factor series. */
function maxSeriesGap(model: Model, method: Method): number {
  const out = straightLine(model, method);
  const result = simulate(model, method === 'rk4' ? {} : { method }, { loops: false });
  const ids = createStraightLine(model).stateIds.slice(0, 12);
  expect(result.time).toHaveLength(STEPS + 1);
  let gap = 0;
  ids.forEach((id, i) => {
    const series = result.series[id];
    if (series === undefined) throw new Error(`no series for ${id}`);
    for (let r = 0; r <= STEPS; r++) gap = Math.max(gap, Math.abs(series[r]! - out[r * 14 + i]!));
  });
  return gap;
}

describe('the straight-line ICU equations of the benchmark', () => {
  it('integrate to 60 months with dt 0.25, the default scenario', () => {
    const result = simulate(icuNetworkModel);
    expect([result.horizonMonths, result.dt, result.method]).toEqual([60, DT, 'rk4']);
  });

  it.each(methods)('agree with simulate on the default scenario within 1e-12 (%s)', (method) => {
    expect(maxSeriesGap(icuNetworkModel, method)).toBeLessThan(1e-12);
  });

  it.each(methods)('agree with the engine on all 14 states, delay and rise included (%s)', (method) => {
    const plan = planRun(compileModel(icuNetworkModel), { method });
    const full = integrate(plan).fullState;
    const out = straightLine(icuNetworkModel, method);
    expect(out).toHaveLength(full.length);
    let gap = 0;
    for (let j = 0; j < full.length; j++) gap = Math.max(gap, Math.abs(full[j]! - out[j]!));
    expect(gap).toBeLessThan(1e-12);
  });

  it('read the model numbers rather than hard-coding them', () => {
    const changed: Model = {
      ...icuNetworkModel,
      factors: icuNetworkModel.factors.map((f) =>
        f.id === 'trust' ? { ...f, growthRate: 0.31, halfSaturation: 0.55, initial: 0.4 } : f,
      ),
      links: icuNetworkModel.links.map((l) =>
        l.id === 'seekingEachOtherOut-trust' ? { ...l, weight: 0.9 } : l.delay ? { ...l, delay: 4 } : l,
      ),
      parameters: icuNetworkModel.parameters.map((p) => ({ ...p, value: p.max })),
    };
    for (const method of methods) {
      expect(maxSeriesGap(changed, method)).toBeLessThan(1e-12);
      expect(
        Math.abs(
          straightLine(changed, method)[STEPS * 14 + 6]! -
            straightLine(icuNetworkModel, method)[STEPS * 14 + 6]!,
        ),
      ).toBeGreaterThan(1e-3);
    }
  });

  it('refuse a model whose structure they were not written for', () => {
    const steeper: Model = {
      ...icuNetworkModel,
      factors: icuNetworkModel.factors.map((f) => (f.id === 'trust' ? { ...f, steepness: 2 } : f)),
    };
    expect(() => createStraightLine(steeper)).toThrow(/steepness of trust/);
    const fewer: Model = { ...icuNetworkModel, links: icuNetworkModel.links.slice(1) };
    expect(() => createStraightLine(fewer)).toThrow(/out of date/);
  });
});
