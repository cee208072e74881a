import { resultToJson, simulate } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../model.js';
import { createDirectExplorerRunner } from '../sim/explorer-runner.js';
import { factorsAtMonth, projectPlan, roundScenario, valueAtMonth } from './projection.js';

describe('valueAtMonth', () => {
  const time = [0, 0.5, 1, 1.5, 2];
  const values = [0, 0.1, 0.3, 0.6, 1];

  it('returns the value at a time point exactly', () => {
    expect(valueAtMonth(time, values, 1)).toBe(0.3);
  });

  it('interpolates linearly between time points', () => {
    expect(valueAtMonth(time, values, 1.25)).toBeCloseTo(0.45, 12);
  });

  it('holds the first and last values outside the run, and has nothing for an empty series', () => {
    expect(valueAtMonth(time, values, -1)).toBe(0);
    expect(valueAtMonth(time, values, 7)).toBe(1);
    expect(valueAtMonth([], [], 1)).toBeNull();
    expect(valueAtMonth(time, values, Number.NaN)).toBeNull();
  });
});

describe('roundScenario', () => {
  it('starts endogenous factors from the round and puts exogenous ones into inputs', () => {
    const exo = model.factors.find((f) => f.exogenous);
    const endo = model.factors.find((f) => !f.exogenous);
    if (exo === undefined || endo === undefined) throw new Error('model needs both kinds of factor');
    const s = roundScenario(model, defaultScenario(), { [exo.id]: 0.9, [endo.id]: 0.2, unknown: 1 }, []);
    expect(s.inputs?.[exo.id]).toBe(0.9);
    expect(s.initial?.[endo.id]).toBe(0.2);
    expect(s.initial?.['unknown']).toBeUndefined();
    expect(s.initial?.[exo.id]).toBeUndefined();
  });

  it('keeps the base values of factors the round did not measure, and clamps to 0–1', () => {
    const base = defaultScenario();
    const [a, b] = model.factors.filter((f) => !f.exogenous);
    if (a === undefined || b === undefined) throw new Error('model needs two endogenous factors');
    const s = roundScenario(model, base, { [a.id]: 1.4 }, []);
    expect(s.initial?.[a.id]).toBe(1);
    expect(s.initial?.[b.id]).toBe(base.initial?.[b.id]);
  });

  it('carries the interventions and runs at least as long as asked', () => {
    const iv = { lever: 'startSmall', startMonth: 0, endMonth: 6, intensity: 0.5 };
    const s = roundScenario(model, { ...defaultScenario(), horizonMonths: 3 }, {}, [iv], 6.5);
    expect(s.interventions).toEqual([iv]);
    expect(s.horizonMonths).toBe(7);
  });
});

describe('projectPlan', () => {
  it('reads each factor of the plan scenario run at the follow-up month', async () => {
    const starting = Object.fromEntries(model.factors.map((f) => [f.id, 0.3]));
    const interventions = [{ lever: 'startSmall', startMonth: 0, endMonth: 12, intensity: 1 }];
    const projected = await projectPlan(
      createDirectExplorerRunner(),
      model,
      defaultScenario(),
      starting,
      interventions,
      6,
    );
    // The same run computed here independently, read at month 6 (a time point with dt 0.25).
    const run = resultToJson(
      simulate(model, roundScenario(model, defaultScenario(), starting, interventions), { loops: false }),
    );
    const i6 = run.time.findIndex((t) => Math.abs(t - 6) < 1e-9);
    expect(i6).toBeGreaterThan(0);
    for (const f of model.factors) {
      expect(projected?.[f.id]).toBeCloseTo(run.series[f.id]?.[i6] ?? Number.NaN, 9);
    }
  });

  it('differs from the run without the plan where a lever acts', async () => {
    const starting = Object.fromEntries(model.factors.map((f) => [f.id, 0.3]));
    const runner = createDirectExplorerRunner();
    const withPlan = await projectPlan(
      runner,
      model,
      defaultScenario(),
      starting,
      [{ lever: 'startSmall' }],
      6,
    );
    const without = await projectPlan(runner, model, defaultScenario(), starting, [], 6);
    expect(withPlan?.['seekingEachOtherOut']).toBeGreaterThan(without?.['seekingEachOtherOut'] ?? 1);
  });
});

describe('factorsAtMonth', () => {
  it('gives every factor of the model', () => {
    const run = resultToJson(simulate(model, defaultScenario(), { loops: false }));
    expect(Object.keys(factorsAtMonth(model, run, 6)).sort()).toEqual(model.factors.map((f) => f.id).sort());
  });
});
