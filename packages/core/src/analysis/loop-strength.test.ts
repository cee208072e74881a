import { describe, expect, it } from 'vitest';

import { compileModel } from '../compile/compile-model.js';
import { planRun } from '../compile/run-plan.js';
import { createEvaluator } from '../integrate/evaluator.js';
import { integrate } from '../integrate/integrate.js';
import type { Model } from '../model/model-types.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { balancingModel, buildModel, factor, input, link, twoFactorModel } from '../test-support/models.js';
import { edgeGains } from './edge-gains.js';
import { findLoops } from './find-loops.js';
import { influenceEdges } from './loop-graph.js';
import { loopStrengths } from './loop-strength.js';

/** Agreement of a strength with the same formula evaluated by hand. */
const FORMULA_TOLERANCE = 1e-12;

function strengths(model: Model, scenario: Scenario) {
  const plan = planRun(compileModel(model), scenario);
  const trajectory = integrate(plan);
  const loops = findLoops(model);
  return { plan, trajectory, loops, strengths: loopStrengths(plan, trajectory, loops) };
}

describe('loopStrengths', () => {
  it('is the signed geometric mean of the loop edge gains at every saved time', () => {
    const { plan, trajectory, loops, strengths: s } = strengths(balancingModel, { horizonMonths: 12 });
    const edges = influenceEdges(balancingModel);
    const nS = plan.compiled.nState;
    const gains = new Float64Array(edges.length);
    const ev = createEvaluator(plan);
    trajectory.time.forEach((t, r) => {
      ev.setTime(t);
      edgeGains(
        plan,
        ev,
        trajectory.fullState.subarray(r * nS, (r + 1) * nS),
        new Float64Array(nS),
        edges,
        gains,
      );
      loops.forEach((loop, i) => {
        const product = loop.edges.reduce((p, id) => p * gains[edges.findIndex((e) => e.id === id)]!, 1);
        const expected = Math.sign(product) * Math.abs(product) ** (1 / loop.edges.length);
        expect(Math.abs(s[i]![r]! - expected)).toBeLessThan(FORMULA_TOLERANCE);
      });
    });
  });

  it('is negative for a balancing loop and positive for a reinforcing one while both links carry influence', () => {
    const balancing = strengths(balancingModel, { horizonMonths: 12 }).strengths[0]!;
    const reinforcing = strengths(twoFactorModel, { horizonMonths: 12 }).strengths[0]!;
    for (const x of balancing) expect(x).toBeLessThan(0);
    for (const x of reinforcing) expect(x).toBeGreaterThan(0);
  });

  it('is 0 throughout when one link of the loop has weight 0', () => {
    const { strengths: s } = strengths(twoFactorModel, {
      horizonMonths: 12,
      parameters: { 'b-a.weight': 0 },
    });
    for (const x of s[0]!) expect(x).toBe(0);
  });

  it('is 0 throughout when one link of the loop is held shut by a closed gate', () => {
    const model = buildModel({
      factors: [factor('a', { initial: 0.5 }), factor('b', { initial: 0.5 })],
      inputs: [input('g', 0)],
      links: [
        link('a-b', 'a', 'b', { moderators: [{ effect: 'gate', by: 'g', threshold: 0.5, steepness: 2 }] }),
        link('b-a', 'b', 'a'),
      ],
    });
    const { strengths: s } = strengths(model, { horizonMonths: 12 });
    for (const x of s[0]!) expect(x).toBe(0);
  });

  it('is 0 while a rise link of the loop carries nothing because its source is falling', () => {
    // a only erodes; b drives a. a → b carries a's rise, which is 0 as long as a falls.
    const model = buildModel({
      factors: [
        factor('a', { initial: 0.8, growthRate: 0.1, erosion: 0.2 }),
        factor('b', { initial: 0.5, steepness: 1 }),
      ],
      links: [link('a-b', 'a', 'b', { signal: 'rise', riseTime: 2 }), link('b-a', 'b', 'a')],
    });
    const { trajectory, strengths: s } = strengths(model, { horizonMonths: 12 });
    const a = trajectory.states[0]!;
    for (let r = 1; r < a.length; r++) expect(a[r]!).toBeLessThan(a[r - 1]!);
    for (const x of s[0]!) expect(x).toBe(0);
  });
});
