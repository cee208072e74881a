import { describe, expect, it } from 'vitest';

import { compileModel } from '../compile/compile-model.js';
import { planRun } from '../compile/run-plan.js';
import type { Model } from '../model/model-types.js';
import type { Method, Scenario } from '../scenario/scenario-types.js';
import { buildModel, factor, mechanism, parameter, twoFactorModel } from '../test-support/models.js';
import { integrate } from './integrate.js';

/** RK4's agreement with an exact solution at dt 0.25 on slow (λ ≈ 0.1/month) problems. */
const RK4_TOLERANCE = 1e-8;

/** The trajectory of the first endogenous factor. */
function levels(model: Model, scenario: Scenario): { time: Float64Array; x: Float64Array } {
  const trajectory = integrate(planRun(compileModel(model), scenario));
  return { time: trajectory.time, x: trajectory.states[0]! };
}

/** Largest |x(t) − exact(t)| over the saved times. */
function maxError(time: Float64Array, x: Float64Array, exact: (t: number) => number): number {
  let worst = 0;
  time.forEach((t, i) => (worst = Math.max(worst, Math.abs(x[i]! - exact(t)))));
  return worst;
}

/** A single factor x with x' = r·P(D)·(1 − x) − e·x, where D = `inflow` comes from a global parameter (n = 1). */
function oneFactor(r: number, e: number, x0: number, inflow: number, k: number): Model {
  return buildModel({
    mechanisms: [mechanism('m', ['x'])],
    factors: [factor('x', { growthRate: r, erosion: e, initial: x0, halfSaturation: k, steepness: 1 })],
    parameters: [parameter('drive', inflow, [0, 10], [{ target: 'inflow', factor: 'x', size: 1 }])],
  });
}

/** Exact solution of x' = a(1 − x) − e·x from x0: x* + (x0 − x*)·exp(−(a + e)t), with a = r·D/(K + D). */
function relaxation(r: number, e: number, x0: number, inflow: number, k: number): (t: number) => number {
  const a = (r * inflow) / (k + inflow);
  const target = a / (a + e);
  return (t) => target + (x0 - target) * Math.exp(-(a + e) * t);
}

describe('integrate on problems with a known solution', () => {
  describe('pure erosion: growth rate 0, so x(t) = x0·exp(−e·t)', () => {
    const e = 0.1;
    const x0 = 0.9;
    const model = oneFactor(0, e, x0, 0, 0.5);
    const exact = (t: number) => x0 * Math.exp(-e * t);

    it('RK4 at dt 0.25 matches the exact solution to 1e-8 over 60 months', () => {
      const { time, x } = levels(model, { dt: 0.25, horizonMonths: 60, method: 'rk4' });
      expect(maxError(time, x, exact)).toBeLessThan(RK4_TOLERANCE);
    });

    it('Euler at dt 0.25 stays within its first-order error bound dt·e·x0/2', () => {
      const dt = 0.25;
      const { time, x } = levels(model, { dt, horizonMonths: 60, method: 'euler' });
      // Euler's global error for x' = −e·x is about (dt/2)·e²·t·x0·exp(−e·t) ≤ (dt/2)·e·x0/ℯ.
      const error = maxError(time, x, exact);
      expect(error).toBeLessThan((dt * e * x0) / 2);
      expect(error).toBeGreaterThan(RK4_TOLERANCE);
    });
  });

  describe('constant drive: x relaxes exponentially to a·/(a + e) with a = r·D/(K + D)', () => {
    const [r, e, x0, inflow, k] = [0.1, 0.05, 0.05, 0.6, 0.2] as const;
    const model = oneFactor(r, e, x0, inflow, k);
    const exact = relaxation(r, e, x0, inflow, k);

    it('RK4 at dt 0.25 matches the exact solution to 1e-8 over 60 months', () => {
      const { time, x } = levels(model, { dt: 0.25, horizonMonths: 60 });
      expect(maxError(time, x, exact)).toBeLessThan(RK4_TOLERANCE);
    });

    it('Euler at dt 0.25 stays within an O(dt) band around the exact solution', () => {
      const dt = 0.25;
      const { time, x } = levels(model, { dt, horizonMonths: 60, method: 'euler' });
      const lambda = (r * inflow) / (k + inflow) + e;
      expect(maxError(time, x, exact)).toBeLessThan((dt * lambda * Math.abs(x0 - exact(1e9))) / 2);
    });
  });
});

describe('integrate: order of convergence', () => {
  // A fast relaxation (λ = 1.25/month) so that errors are far above round-off.
  const [r, e, x0, inflow, k] = [1, 0.5, 0.05, 0.6, 0.2] as const;
  const model = oneFactor(r, e, x0, inflow, k);
  const exact = relaxation(r, e, x0, inflow, k);
  const horizonMonths = 8;

  /** Max error on the saved times shared by every dt compared (multiples of `grid`). */
  const errorAt = (method: Method, dt: number, grid: number): number => {
    const { time, x } = levels(model, { method, dt, horizonMonths });
    let worst = 0;
    time.forEach((t, i) => {
      if (Math.abs(t / grid - Math.round(t / grid)) < 1e-9)
        worst = Math.max(worst, Math.abs(x[i]! - exact(t)));
    });
    return worst;
  };

  it("halving dt halves Euler's error (ratio in [1.8, 2.2])", () => {
    const ratio = errorAt('euler', 0.1, 0.1) / errorAt('euler', 0.05, 0.1);
    expect(ratio).toBeGreaterThanOrEqual(1.8);
    expect(ratio).toBeLessThanOrEqual(2.2);
  });

  it("halving dt divides RK4's error by about 16 (ratio in [12, 20])", () => {
    const ratio = errorAt('rk4', 0.125, 0.25) / errorAt('rk4', 0.0625, 0.25);
    expect(ratio).toBeGreaterThanOrEqual(12);
    expect(ratio).toBeLessThanOrEqual(20);
  });

  it('on a nonlinear loop, RK4 and Euler get closer to each other at every halving of dt', () => {
    const dts = [0.5, 0.25, 0.125, 0.0625];
    const gaps = dts.map((dt) => {
      const rk4 = levels(twoFactorModel, { dt, horizonMonths: 24, method: 'rk4' });
      const euler = levels(twoFactorModel, { dt, horizonMonths: 24, method: 'euler' });
      let worst = 0;
      rk4.x.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - euler.x[i]!))));
      return worst;
    });
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeLessThan(gaps[i - 1]!);
    expect(gaps[0]!).toBeGreaterThan(0);
  });
});

describe('integrate: saved trajectory', () => {
  it('saves horizon/dt + 1 rows at times s·dt, the first row being the initial state', () => {
    const trajectory = integrate(planRun(compileModel(twoFactorModel), { dt: 0.5, horizonMonths: 12 }));
    expect(trajectory.time).toHaveLength(25);
    trajectory.time.forEach((t, s) => expect(t).toBe(s * 0.5));
    expect(trajectory.states.map((s) => s[0])).toEqual([0.4, 0.3]);
    expect(trajectory.fullState).toHaveLength(25 * 2);
  });

  it('clamps a coarse Euler step that would overshoot below 0 back to 0', () => {
    // x' = −3x with dt 1 would jump from 0.5 to −1.
    const model = oneFactor(0, 3, 0.5, 0, 0.5);
    const { x } = levels(model, { dt: 1, horizonMonths: 3, method: 'euler' });
    expect(Array.from(x)).toEqual([0.5, 0, 0, 0]);
  });
});
