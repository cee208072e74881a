import { describe, expect, it } from 'vitest';

import { compileModel } from '../compile/compile-model.js';
import { planRun } from '../compile/run-plan.js';
import type { Model } from '../model/model-types.js';
import { validateModel } from '../model/validate-model.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { buildModel, delayRiseModel, factor, input, link } from '../test-support/models.js';
import { integrate } from './integrate.js';

/** How far a steady state may drift over a run (round-off only). */
const STEADY_TOLERANCE = 1e-12;
/**
 * How far RK4 (dt 0.25) may be from the exact first-order lag after a step in its input: the step
 * from t − dt to t already sees the new input in its last stage, which smears the jump over one step.
 */
const LAG_TOLERANCE = 5e-3;

/** Series by variable id (endogenous factors and inputs) and the raw trajectory. */
function run(model: Model, scenario: Scenario) {
  const plan = planRun(compileModel(model), scenario);
  const trajectory = integrate(plan);
  const c = plan.compiled;
  const series = (id: string): Float64Array => {
    const slot = c.slots.get(id)!;
    return (slot.kind === 'state' ? trajectory.states : trajectory.exogenous)[slot.index]!;
  };
  return { plan, trajectory, series, time: trajectory.time };
}

const stepUp: Scenario = {
  horizonMonths: 36,
  inputs: {
    u: [
      { month: 0, value: 0.2 },
      { month: 6, value: 0.9 },
    ],
  },
};

describe('a delayed link', () => {
  it('passes a step in its source on later: the delayed target rises after the undelayed one', () => {
    const { series, time } = run(delayRiseModel, stepUp);
    const late = series('late');
    const now = series('now');
    time.forEach((t, i) => {
      if (t < 6) expect(late[i]).toBe(now[i]);
      else if (t > 6) expect(late[i]!).toBeLessThan(now[i]!);
    });
    // In the first month after the step the delayed target gains less than half of what the undelayed one does.
    const gain = (x: Float64Array) => x[time.indexOf(7)]! - x[time.indexOf(6)]!;
    expect(gain(late)).toBeLessThan(0.5 * gain(now));
  });

  it('smooths its source as a first-order lag: 1 − 1/e of a step has come through after one delay time', () => {
    const { plan, trajectory, time } = run(delayRiseModel, stepUp);
    const nS = plan.compiled.nState;
    const d = plan.compiled.nFactors; // the only delay state follows the factors
    const delayed = (t: number) => trajectory.fullState[time.indexOf(t) * nS + d]!;
    expect(delayed(0)).toBe(0.2);
    expect(delayed(5.75)).toBe(0.2);
    const exact = (t: number) => 0.2 + 0.7 * (1 - Math.exp(-(t - 6) / 6));
    for (const t of [9, 12, 18, 30]) expect(Math.abs(delayed(t) - exact(t))).toBeLessThan(LAG_TOLERANCE);
  });

  it('starts at the initial value of its exogenous source, so a target at equilibrium stays there', () => {
    // b' = r·P(D)(1 − b) − e·b with D = u = 0.6 (the scenario's value, not the default 0.2).
    const [r, e, k, u] = [0.5, 0.1, 0.3, 0.6];
    const a = (r * u) / (k + u);
    const equilibrium = a / (a + e);
    const model = buildModel({
      factors: [
        factor('b', { growthRate: r, erosion: e, halfSaturation: k, steepness: 1, initial: equilibrium }),
      ],
      inputs: [input('u', 0.2)],
      links: [link('u-b', 'u', 'b', { delay: 4 })],
    });
    const b = run(model, { horizonMonths: 36, inputs: { u } }).series('b');
    for (const x of b) expect(Math.abs(x - equilibrium)).toBeLessThan(STEADY_TOLERANCE);
  });

  it("starts at the scenario's initial level of an endogenous source, so a steady state stays steady", () => {
    const [r, e, k, s] = [0.5, 0.1, 0.3, 0.7];
    const a = (r * s) / (k + s);
    const equilibrium = a / (a + e);
    const model = buildModel({
      factors: [
        factor('s', { growthRate: 0, erosion: 0, initial: 0.1 }),
        factor('b', { growthRate: r, erosion: e, halfSaturation: k, steepness: 1, initial: equilibrium }),
      ],
      links: [link('s-b', 's', 'b', { delay: 4 })],
    });
    const { series } = run(model, { horizonMonths: 36, initial: { s } });
    for (const x of series('b')) expect(Math.abs(x - equilibrium)).toBeLessThan(STEADY_TOLERANCE);
  });
});

describe('a rise link', () => {
  it('turns a step up in its input into a pulse in the target that fades again', () => {
    const { series, time } = run(delayRiseModel, {
      horizonMonths: 60,
      inputs: {
        u: [
          { month: 0, value: 0.2 },
          { month: 10, value: 0.9 },
        ],
      },
    });
    const pulse = series('pulse');
    let peak = 0;
    time.forEach((t, i) => {
      if (t < 10) expect(pulse[i]).toBe(0);
      if (pulse[i]! > pulse[peak]!) peak = i;
    });
    expect(pulse[peak]!).toBeGreaterThan(0.1);
    expect(time[peak]!).toBeGreaterThan(10);
    expect(time[peak]!).toBeLessThan(10 + 3 * 3);
    for (let i = peak + 1; i < pulse.length; i++) expect(pulse[i]!).toBeLessThanOrEqual(pulse[i - 1]!);
    expect(pulse.at(-1)!).toBeLessThan(0.05 * pulse[peak]!);
  });

  it('gives no pulse for a constant input when riseFrom is left at its default', () => {
    const { series } = run(delayRiseModel, { horizonMonths: 36, inputs: { u: 0.8 } });
    for (const x of series('pulse')) expect(x).toBe(0);
  });

  it('gives no pulse for a step down', () => {
    const { series } = run(delayRiseModel, {
      horizonMonths: 36,
      inputs: {
        u: [
          { month: 0, value: 0.9 },
          { month: 10, value: 0.2 },
        ],
      },
    });
    for (const x of series('pulse')) expect(x).toBe(0);
  });

  it('gives a pulse at the start when riseFrom lies below the input', () => {
    const model: Model = {
      ...delayRiseModel,
      links: delayRiseModel.links.map((l) => (l.signal === 'rise' ? { ...l, riseFrom: 0 } : l)),
    };
    const pulse = run(model, { horizonMonths: 36, inputs: { u: 0.8 } }).series('pulse');
    const peak = Math.max(...pulse);
    expect(peak).toBeGreaterThan(0.1);
    expect(pulse.at(-1)!).toBeLessThan(0.05 * peak);
  });
});

describe('a rise link with a delay', () => {
  it('is either rejected by validateModel or has its pulse delayed, not silently run without the delay', () => {
    const withDelay: Model = {
      ...delayRiseModel,
      links: delayRiseModel.links.map((l) => (l.signal === 'rise' ? { ...l, delay: 6 } : l)),
    };
    const validation = validateModel(withDelay);
    if (!validation.ok) {
      expect(validation.diagnostics.some((d) => d.path.startsWith('links[2]'))).toBe(true);
      return;
    }
    const scenario: Scenario = {
      horizonMonths: 36,
      inputs: {
        u: [
          { month: 0, value: 0.2 },
          { month: 10, value: 0.9 },
        ],
      },
    };
    const delayed = run(withDelay, scenario).series('pulse');
    const plain = run(delayRiseModel, scenario).series('pulse');
    expect(Array.from(delayed)).not.toEqual(Array.from(plain));
  });
});
