import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { validateModel } from '../model/validate-model.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { modelAndScenarioArb } from '../test-support/arbitraries.js';
import { buildModel, factor, lever, mechanism, parameter } from '../test-support/models.js';
import { simulate } from './simulate.js';

const RUNS = 150;

describe('simulate on random valid models and scenarios', () => {
  it('the generators produce models and scenarios that pass validation', () => {
    fc.assert(
      fc.property(modelAndScenarioArb, ({ model, scenario }) => {
        expect(validateModel(model).diagnostics).toEqual([]);
        expect(validateScenario(model, scenario).diagnostics).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every series value finite and within [0, 1] (never NaN), with either method and any dt', () => {
    fc.assert(
      fc.property(modelAndScenarioArb, ({ model, scenario }) => {
        const result = simulate(model, scenario);
        for (const [id, series] of Object.entries(result.series)) {
          for (const [row, x] of series.entries()) {
            if (!(Number.isFinite(x) && x >= 0 && x <= 1))
              throw new Error(`${id} is ${x} at month ${result.time[row] ?? Number.NaN}`);
          }
        }
        for (const loop of result.loops) expect(loop.strength.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: two runs of the same scenario give identical arrays', () => {
    fc.assert(
      fc.property(modelAndScenarioArb, ({ model, scenario }) => {
        const first = simulate(model, scenario);
        const second = simulate(structuredClone(model), structuredClone(scenario));
        expect(second.time).toEqual(first.time);
        expect(second.series).toEqual(first.series);
        expect(second.loops.map((l) => l.strength)).toEqual(first.loops.map((l) => l.strength));
        expect(second.summary).toEqual(first.summary);
      }),
      { numRuns: 50 },
    );
  });
});

describe('simulate with a negative drive', () => {
  // A lever or global parameter may add a negative inflow (the schema allows any finite size), so
  // the summed drive D can fall below 0; P(D) = D^n / (K^n + D^n) must not turn that into NaN.
  const drained = (steepness: number) =>
    buildModel({
      mechanisms: [mechanism('m', ['a'])],
      factors: [factor('a', { mechanisms: ['m'], steepness, initial: 0.3 })],
      levers: [lever('drain', 'm', [{ target: 'inflow', factor: 'a', size: -0.5 }])],
      parameters: [parameter('leak', 0, [-1, 1], [{ target: 'inflow', factor: 'a', size: 1 }])],
    });

  it.each([1.5, 2, 1])(
    'a negative lever inflow gives no growth pressure and keeps the level finite (steepness %d)',
    (n) => {
      const model = drained(n);
      const run = simulate(
        model,
        { horizonMonths: 12, interventions: [{ lever: 'drain' }] },
        { loops: false },
      );
      const base = simulate(model, { horizonMonths: 12, parameters: { leak: 0 } }, { loops: false });
      const a = run.series.a!;
      expect(a.every((x) => Number.isFinite(x) && x >= 0 && x <= 1)).toBe(true);
      // With no positive drive the factor only erodes: a negative drive cannot push it up.
      for (const [i, x] of a.entries()) expect(x).toBeLessThanOrEqual(base.series.a![i]! + 1e-12);
    },
  );

  it('a global parameter with a negative value acting on inflow keeps the level finite', () => {
    const run = simulate(drained(1.5), { horizonMonths: 12, parameters: { leak: -0.4 } }, { loops: false });
    expect(run.series.a!.every((x) => Number.isFinite(x) && x >= 0 && x <= 1)).toBe(true);
  });
});

describe('simulate at extreme but schema-valid factor settings', () => {
  it('a model with a tiny half-saturation (K^n underflows to 0) is either rejected or runs without NaN', () => {
    // halfSaturation only has to be positive in a model, while a scenario override must be ≥ 1e-6.
    const model = buildModel({
      factors: [factor('a', { halfSaturation: 1e-50, steepness: 8, initial: 0.5 })],
    });
    if (!validateModel(model).ok) return;
    const run = simulate(model, { horizonMonths: 6 }, { loops: false });
    expect(run.series.a!.every((x) => Number.isFinite(x) && x >= 0 && x <= 1)).toBe(true);
  });
});
