import { describe, expect, it } from 'vitest';

import { compileModel } from '../compile/compile-model.js';
import { planRun } from '../compile/run-plan.js';
import type { Model } from '../model/model-types.js';
import type { Scenario, SeriesPoint } from '../scenario/scenario-types.js';
import {
  buildModel,
  exogenousFactor,
  factor,
  input,
  lever,
  link,
  mechanism,
  twoFactorModel,
} from '../test-support/models.js';
import { createEvaluator } from './evaluator.js';
import { integrate } from './integrate.js';

/** Equality of runs that must follow the very same arithmetic. */
const SAME_PATH_TOLERANCE = 1e-12;

/** Endogenous `a`; exogenous factor `ext` (initial 0.4); input `u` (default 0.2); both drive `a`. */
const inputModel = buildModel({
  factors: [factor('a'), exogenousFactor('ext', 0.4)],
  inputs: [input('u', 0.2)],
  links: [link('ext-a', 'ext', 'a'), link('u-a', 'u', 'a')],
});

function run(model: Model, scenario: Scenario) {
  const plan = planRun(compileModel(model), scenario);
  const trajectory = integrate(plan);
  const series = (id: string): Float64Array => {
    const slot = plan.compiled.slots.get(id)!;
    return (slot.kind === 'state' ? trajectory.states : trajectory.exogenous)[slot.index]!;
  };
  return { plan, time: trajectory.time, series };
}

/** The step-wise value of a schedule at t: the last point at or before t, else `fallback`. */
function scheduled(points: readonly SeriesPoint[], fallback: number, t: number): number {
  let value = fallback;
  for (const p of points) if (p.month <= t) value = p.value;
  return value;
}

describe('scenario inputs', () => {
  it('a step-wise series switches value at the stated month; the saved series equals the schedule', () => {
    const points = [
      { month: 0, value: 0.1 },
      { month: 2.5, value: 0.6 },
      { month: 2.6, value: 0.7 },
      { month: 7, value: 0.3 },
    ];
    const { time, series } = run(inputModel, { horizonMonths: 12, dt: 0.25, inputs: { u: points } });
    const u = series('u');
    time.forEach((t, i) => expect(u[i]).toBe(scheduled(points, Number.NaN, t)));
    expect(u[time.indexOf(2.5)]).toBe(0.6);
    expect(u[time.indexOf(2.75)]).toBe(0.7);
    expect(u[time.indexOf(6.75)]).toBe(0.7);
    expect(u[time.indexOf(7)]).toBe(0.3);
  });

  it("uses the model default before a series' first point", () => {
    const points = [{ month: 3, value: 0.9 }];
    const { time, series } = run(inputModel, { horizonMonths: 6, inputs: { u: points, ext: points } });
    time.forEach((t, i) => {
      expect(series('u')[i]).toBe(scheduled(points, 0.2, t));
      expect(series('ext')[i]).toBe(scheduled(points, 0.4, t));
    });
    expect(series('u')[0]).toBe(0.2);
    expect(series('ext')[0]).toBe(0.4);
  });

  it('holds a constant setting, and the model default when the scenario leaves an input out', () => {
    const { series } = run(inputModel, { horizonMonths: 6, inputs: { ext: 0.75 } });
    for (const x of series('ext')) expect(x).toBe(0.75);
    for (const x of series('u')) expect(x).toBe(0.2);
  });

  it('the evaluator reads the value in force at any time, also between saved times', () => {
    const points = [
      { month: 0, value: 0.1 },
      { month: 2.5, value: 0.6 },
    ];
    const plan = planRun(compileModel(inputModel), { inputs: { u: points } });
    const ev = createEvaluator(plan);
    const u = plan.compiled.slots.get('u')!.index;
    for (const t of [0, 1.3, 2.49, 2.5, 2.51, 40]) {
      ev.setTime(t);
      expect(ev.exogenous[u]).toBe(scheduled(points, Number.NaN, t));
    }
  });
});

describe('interventions', () => {
  const levers = buildModel({
    mechanisms: [mechanism('m', ['a', 'b'])],
    factors: [factor('a'), factor('b')],
    links: [link('a-b', 'a', 'b', { weight: 2 })],
    levers: [
      lever('mix', 'm', [
        { target: 'weight', link: 'a-b', size: 1 },
        { target: 'growthRate', factor: 'b', size: 0.5 },
        { target: 'erosion', factor: 'a', size: 0.2 },
      ]),
    ],
  });

  it('a lever changes weights, growth rates and erosion, scaled by intensity, only from startMonth until endMonth', () => {
    const plan = planRun(compileModel(levers), {
      interventions: [{ lever: 'mix', startMonth: 2, endMonth: 5, intensity: 0.5 }],
    });
    const ev = createEvaluator(plan);
    const [a, b] = [0, 1];
    for (const t of [0, 1.5, 1.99, 2, 3, 4.99, 5, 8]) {
      ev.setTime(t);
      const on = t >= 2 && t < 5;
      expect(ev.weight[0], `weight at ${t}`).toBeCloseTo(on ? 2 * 1.5 : 2, 12);
      expect(ev.rate[b], `growth rate at ${t}`).toBeCloseTo(on ? 0.5 * 1.25 : 0.5, 12);
      expect(ev.erosion[a], `erosion at ${t}`).toBeCloseTo(on ? 0.05 + 0.1 : 0.05, 12);
    }
  });

  it('acts from month 0 to the end of the run when start and end are left out', () => {
    const plan = planRun(compileModel(levers), { horizonMonths: 12, interventions: [{ lever: 'mix' }] });
    const ev = createEvaluator(plan);
    for (const t of [0, 6, 12]) {
      ev.setTime(t);
      expect(ev.weight[0]).toBeCloseTo(4, 12);
    }
  });

  it('leaves the run untouched before startMonth and lets it evolve untreated after endMonth', () => {
    const base = run(twoFactorModel, { horizonMonths: 24 });
    const treated = run(twoFactorModel, {
      horizonMonths: 24,
      interventions: [{ lever: 'boost', startMonth: 6, endMonth: 12 }],
    });
    const { time } = treated;
    const a = treated.series('a');
    time.forEach((t, i) => {
      if (t < 6) expect(a[i]).toBe(base.series('a')[i]);
      if (t > 6 && t <= 12) expect(a[i]!).toBeGreaterThan(base.series('a')[i]!);
    });
    // After month 12 the treated run is an untreated run started from its state at month 12.
    const at12 = time.indexOf(12);
    const after = run(twoFactorModel, {
      horizonMonths: 12,
      initial: { a: a[at12]!, b: treated.series('b')[at12]! },
    });
    for (const id of ['a', 'b']) {
      after.time.forEach((_, k) => {
        const gap = Math.abs(after.series(id)[k]! - treated.series(id)[at12 + k]!);
        expect(gap).toBeLessThan(SAME_PATH_TOLERANCE);
      });
    }
  });

  it('an intervention at intensity 0 gives the same run as no intervention', () => {
    const base = run(twoFactorModel, { horizonMonths: 24 });
    const zero = run(twoFactorModel, {
      horizonMonths: 24,
      interventions: [{ lever: 'boost', startMonth: 3, endMonth: 20, intensity: 0 }],
    });
    expect(zero.series('a')).toEqual(base.series('a'));
    expect(zero.series('b')).toEqual(base.series('b'));
  });
});
