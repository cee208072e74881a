import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listParameters, simulate, type Scenario } from '@samenspel/core';
import { icuNetworkModel as model } from './icu-network-model.js';
import { endogenousIds } from './test-support/regions.js';

const level = fc.double({ min: 0, max: 1, noNaN: true });
const series = fc
  .uniqueArray(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 4 })
  .chain((months) =>
    fc.tuple(...[...months].sort((a, b) => a - b).map((month) => level.map((value) => ({ month, value })))),
  );
const input = fc.oneof(level, series);
const parameters = fc
  .subarray(listParameters(model), { maxLength: 8 })
  .chain((chosen) =>
    fc.tuple(
      ...chosen.map((p) => fc.double({ min: p.min, max: p.max, noNaN: true }).map((v) => [p.id, v] as const)),
    ),
  )
  .map((pairs) => Object.fromEntries(pairs));
const intervention = fc.record({
  lever: fc.constantFrom(...model.levers.map((l) => l.id)),
  startMonth: fc.integer({ min: 0, max: 40 }),
  endMonth: fc.integer({ min: 41, max: 60 }),
  intensity: level,
});
const scenario: fc.Arbitrary<Scenario> = fc.record({
  method: fc.constantFrom('rk4' as const, 'euler' as const),
  dt: fc.constantFrom(0.1, 0.25, 0.5, 1),
  horizonMonths: fc.constant(60),
  initial: fc.dictionary(fc.constantFrom(...endogenousIds), level),
  inputs: fc.record({ externalContext: input, networkObligation: input }, { requiredKeys: [] }),
  parameters,
  interventions: fc.array(intervention, { maxLength: 3 }),
});

describe('the ICU model on any valid scenario', () => {
  it('keeps every level in [0, 1], never NaN, and gives the same numbers twice', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a = simulate(model, s, { loops: false });
        const outside = Object.entries(a.series).flatMap(([id, values]) =>
          Array.from(values).flatMap((x, i) =>
            x >= 0 && x <= 1 ? [] : [`${id}[${String(i)}] = ${String(x)}`],
          ),
        );
        expect(outside).toEqual([]);
        const b = simulate(model, s, { loops: false });
        expect(Object.values(b.series).map((v) => Array.from(v))).toEqual(
          Object.values(a.series).map((v) => Array.from(v)),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('RK4 and Euler on the ICU model', () => {
  it('converge to each other as dt shrinks', () => {
    const region: Scenario = {
      initial: { pioneerMotivation: 0.6, trust: 0.4 },
      inputs: { externalContext: 0.7 },
    };
    const gap = (dt: number) => {
      const r = simulate(model, { ...region, dt, method: 'rk4' }, { loops: false });
      const e = simulate(model, { ...region, dt, method: 'euler' }, { loops: false });
      let worst = 0;
      for (const id of endogenousIds) {
        const x = r.series[id] as Float64Array;
        const y = e.series[id] as Float64Array;
        worst = Math.max(worst, Math.abs((x[x.length - 1] ?? 0) - (y[y.length - 1] ?? 0)));
      }
      return worst;
    };
    const gaps = [1, 0.5, 0.25, 0.125, 0.0625].map(gap);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeLessThan((gaps[i - 1] ?? 0) * 0.7);
    expect(gaps.at(-1)).toBeLessThan(2e-3);
  });
});
