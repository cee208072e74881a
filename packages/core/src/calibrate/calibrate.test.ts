import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate/simulate.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { buildModel, exogenousFactor, factor, link, mechanism, parameter } from '../test-support/models.js';
import { calibrate } from './calibrate.js';
import type { Observations } from './observations.js';

/**
 * `a` ⇄ `b` driven by an exogenous context `ctx`, plus an isolated factor `c`; `turnover` adds to the
 * erosion of `a` and `b`, `boost` strengthens the link a → b, `push` scales a's growth rate (so it
 * acts exactly like `a.growthRate`).
 */
const model = buildModel({
  mechanisms: [mechanism('duo', ['a', 'b']), mechanism('solo', ['c'])],
  factors: [
    exogenousFactor('ctx', 0.5),
    factor('a', { mechanisms: ['duo'], initial: 0.3, steepness: 1 }),
    factor('b', { mechanisms: ['duo'], initial: 0.2, steepness: 1 }),
    factor('c', { mechanisms: ['solo'], initial: 0.5 }),
  ],
  links: [link('ctx-a', 'ctx', 'a', { weight: 0.5 }), link('a-b', 'a', 'b'), link('b-a', 'b', 'a')],
  parameters: [
    parameter(
      'turnover',
      0.01,
      [0, 0.2],
      [
        { target: 'erosion', factor: 'a', size: 1 },
        { target: 'erosion', factor: 'b', size: 1 },
      ],
    ),
    parameter('boost', 0.2, [0, 1], [{ target: 'weight', link: 'a-b', size: 2 }]),
    parameter('push', 0, [0, 1], [{ target: 'growthRate', factor: 'a', size: 1 }]),
  ],
});

/** Observations of `factors` at `months` taken from a run of `scenario` (no noise). */
function observe(scenario: Scenario, months: readonly number[], factors: readonly string[]): Observations {
  const run = simulate(model, scenario, { loops: false });
  const dt = scenario.dt ?? 0.25;
  return {
    rounds: months.map((month) => ({
      month,
      values: Object.fromEntries(factors.map((f) => [f, run.series[f]?.[Math.round(month / dt)] ?? 0])),
    })),
  };
}

describe('calibrate', () => {
  it('recovers two parameters (turnover 0.05, boost 0.7) from three rounds the model generated, to 1e-4', () => {
    const truth = { parameters: { turnover: 0.05, boost: 0.7 } };
    const data = observe(truth, [6, 12, 24], ['a', 'b']);
    const outcome = calibrate(model, {}, data, ['turnover', 'boost']);
    if (!outcome.ok) throw new Error('calibration failed');
    const { fitted, sumOfSquares, startSumOfSquares, warnings, residuals } = outcome.result;
    expect(fitted.map((f) => f.id)).toEqual(['turnover', 'boost']);
    expect(fitted[0]?.start).toBe(0.01);
    expect(Math.abs((fitted[0]?.value ?? 0) - 0.05)).toBeLessThan(1e-4);
    expect(Math.abs((fitted[1]?.value ?? 0) - 0.7)).toBeLessThan(1e-4);
    expect(startSumOfSquares).toBeGreaterThan(1e-3);
    expect(sumOfSquares).toBeLessThan(1e-10);
    expect(residuals).toHaveLength(6);
    residuals.forEach((r) => expect(Math.abs(r.residual)).toBeLessThan(1e-5));
    expect(warnings).toEqual([]);
  });

  it('recovers an initial level and a parameter together from two rounds', () => {
    const truth = { initial: { a: 0.6 }, parameters: { turnover: 0.08 } };
    const data = observe(truth, [3, 18], ['a', 'b']);
    const outcome = calibrate(model, {}, data, ['initial.a', 'turnover']);
    if (!outcome.ok) throw new Error('calibration failed');
    const [a, turnover] = outcome.result.fitted;
    expect(Math.abs((a?.value ?? 0) - 0.6)).toBeLessThan(1e-4);
    expect(Math.abs((turnover?.value ?? 0) - 0.08)).toBeLessThan(1e-4);
    expect(outcome.result.scenario.initial?.a).toBe(a?.value);
    expect(outcome.result.scenario.parameters?.turnover).toBe(turnover?.value);
  });

  it('fits a constant input level', () => {
    const data = observe({ inputs: { ctx: 0.8 } }, [6, 12], ['a', 'b']);
    const outcome = calibrate(model, {}, data, ['inputs.ctx']);
    if (!outcome.ok) throw new Error('calibration failed');
    expect(Math.abs((outcome.result.fitted[0]?.value ?? 0) - 0.8)).toBeLessThan(1e-4);
  });

  it('weights residuals: with one round ten times as certain, the fit follows that round', () => {
    // Two rounds that no single turnover value fits exactly; the spread decides which one wins.
    const a = observe({ parameters: { turnover: 0.02 } }, [12], ['a']);
    const b = observe({ parameters: { turnover: 0.1 } }, [24], ['a']);
    const level = (o: Observations) => o.rounds[0]?.values.a as number;
    const rounds = (s12: number, s24: number): Observations => ({
      rounds: [
        { month: 12, values: { a: { value: level(a), spread: s12 } } },
        { month: 24, values: { a: { value: level(b), spread: s24 } } },
      ],
    });
    const trust12 = calibrate(model, {}, rounds(0.01, 0.1), ['turnover']);
    const trust24 = calibrate(model, {}, rounds(0.1, 0.01), ['turnover']);
    if (!trust12.ok || !trust24.ok) throw new Error('calibration failed');
    const t12 = trust12.result.fitted[0]?.value ?? 0;
    const t24 = trust24.result.fitted[0]?.value ?? 0;
    expect(Math.abs(t12 - 0.02)).toBeLessThan(Math.abs(t12 - 0.1));
    expect(Math.abs(t24 - 0.1)).toBeLessThan(Math.abs(t24 - 0.02));
    // Spread 0.01 is ten times the reference spread 0.1: weight (0.1 / 0.01)² = 100.
    expect(trust12.result.residuals[0]?.weight).toBeCloseTo(100, 9);
    expect(trust12.result.residuals[1]?.weight).toBeCloseTo(1, 9);
  });

  it('compares an observation between saved steps with the run interpolated linearly (month 6.1, dt 0.25)', () => {
    const run = simulate(model, {}, { loops: false });
    const a = run.series.a;
    const lo = a?.[24] ?? 0; // month 6
    const hi = a?.[25] ?? 0; // month 6.25
    const outcome = calibrate(model, {}, { rounds: [{ month: 6.1, values: { a: 0.5 } }] }, ['inputs.ctx'], {
      optimiser: { maxEvaluations: 1 },
    });
    if (!outcome.ok) throw new Error('calibration failed');
    // With one evaluation the optimiser stays at the start (the model's ctx 0.5), so this is the base run.
    expect(outcome.result.fitted[0]?.value).toBe(0.5);
    expect(outcome.result.residuals[0]?.simulated).toBeCloseTo(lo + 0.4 * (hi - lo), 12);
  });

  it('warns that a parameter the observations do not depend on is not identifiable', () => {
    const data = observe({ parameters: { turnover: 0.05 } }, [6, 12], ['a', 'b']);
    const outcome = calibrate(model, {}, data, ['turnover', 'c.erosion']);
    if (!outcome.ok) throw new Error('calibration failed');
    const insensitive = outcome.result.warnings.filter((w) => w.code === 'insensitive');
    expect(insensitive.map((w) => w.targets)).toEqual([['c.erosion']]);
    expect(insensitive[0]?.message).toContain('c.erosion');
    // The identifiable one is still recovered.
    expect(Math.abs((outcome.result.fitted[0]?.value ?? 0) - 0.05)).toBeLessThan(1e-4);
  });

  it('warns that two parameters acting the same way (push and a.growthRate) are collinear', () => {
    const data = observe({ parameters: { push: 0.5 } }, [6, 12, 24], ['a', 'b']);
    const outcome = calibrate(model, {}, data, ['push', 'a.growthRate']);
    if (!outcome.ok) throw new Error('calibration failed');
    const collinear = outcome.result.warnings.filter((w) => w.code === 'collinear');
    expect(collinear).toHaveLength(1);
    expect([...(collinear[0]?.targets ?? [])].sort()).toEqual(['a.growthRate', 'push']);
    // The product rate·(1 + push) is what the data fix: 0.5 · 1.5 = 0.75.
    const [push, rate] = outcome.result.fitted;
    expect(Math.abs((rate?.value ?? 0) * (1 + (push?.value ?? 0)) - 0.75)).toBeLessThan(1e-3);
  });

  it('warns when there are fewer observations than fitted quantities', () => {
    const data = observe({}, [12], ['a']);
    const outcome = calibrate(model, {}, data, ['turnover', 'boost']);
    if (!outcome.ok) throw new Error('calibration failed');
    expect(outcome.result.warnings.map((w) => w.code)).toContain('underdetermined');
  });

  it('reports a fitted value on a bound of its range', () => {
    // Levels that only a turnover above the range's top (0.2) could explain.
    const data = observe({ parameters: { turnover: 0.2 } }, [12, 24], ['a', 'b']);
    const lowered: Observations = {
      rounds: data.rounds.map((r) => ({ month: r.month, values: { a: 0, b: 0 } })),
    };
    const outcome = calibrate(model, {}, lowered, ['turnover']);
    if (!outcome.ok) throw new Error('calibration failed');
    expect(outcome.result.fitted[0]?.value).toBe(0.2);
    expect(outcome.result.warnings.map((w) => w.code)).toContain('at_bound');
  });

  it('names every bad fit id with its position', () => {
    const data = observe({}, [12], ['a']);
    const outcome = calibrate(model, {}, data, [
      'turnover',
      'nope',
      'initial.zzz',
      'initial.ctx',
      'turnover',
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const byPath = Object.fromEntries(outcome.diagnostics.map((d) => [d.path, d.message]));
    expect(byPath['fit[1]']).toContain("'nope'");
    expect(byPath['fit[2]']).toContain("'zzz'");
    expect(byPath['fit[3]']).toContain('inputs.ctx');
    expect(byPath['fit[4]']).toContain("duplicate id 'turnover'");
  });
});
