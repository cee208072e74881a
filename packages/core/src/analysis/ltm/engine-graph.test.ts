import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../compile/compile-model.js';
import { planRun } from '../../compile/run-plan.js';
import { createEvaluator } from '../../integrate/evaluator.js';
import { integrate } from '../../integrate/integrate.js';
import { InvalidScenarioError } from '../../simulate/simulate.js';
import { modelAndScenarioArb } from '../../test-support/arbitraries.js';
import { buildModel, factor, link } from '../../test-support/models.js';
import { findLoops } from '../find-loops.js';
import { engineGraph, engineGraphRun } from './engine-graph.js';
import { loopDominance } from './loop-dominance.js';

describe('engineGraph', () => {
  it("computes the engine's own rates: Σ inflows − Σ outflows of every stock equals the evaluator's dy/dt (property, 1e-12)", () => {
    fc.assert(
      fc.property(modelAndScenarioArb, ({ model, scenario }) => {
        const plan = planRun(compileModel(model), scenario);
        const trajectory = integrate(plan);
        const eg = engineGraph(plan);
        const run = engineGraphRun(eg, trajectory);
        const ev = createEvaluator(plan);
        const nS = plan.compiled.nState;
        const rate = new Float64Array(nS);
        const value = (id: string, row: number) =>
          run.values[eg.graph.index.get(id) ?? -1]?.[row] ?? Number.NaN;
        const rows = Math.min(trajectory.time.length, 40);
        for (let row = 0; row < rows; row++) {
          ev.setTime(trajectory.time[row] ?? 0);
          ev.derive(trajectory.fullState.subarray(row * nS, (row + 1) * nS), rate);
          eg.stateNode.forEach((node, i) => {
            const net =
              (eg.graph.inflowsOf[node] ?? []).reduce((s, f) => s + (run.values[f]?.[row] ?? 0), 0) -
              (eg.graph.outflowsOf[node] ?? []).reduce((s, f) => s + (run.values[f]?.[row] ?? 0), 0);
            expect(Math.abs(net - (rate[i] ?? 0))).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(rate[i] ?? 0)));
          });
          // The stocks hold the trajectory's levels.
          plan.compiled.stateIds.forEach((id, i) =>
            expect(value(id, row)).toBe(trajectory.fullState[row * nS + i]),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('finds every loop of findLoops as a graph loop, once (property)', () => {
    fc.assert(
      fc.property(modelAndScenarioArb, ({ model, scenario }) => {
        const d = loopDominance(model, scenario);
        const modelLoops = findLoops(model);
        const scored = d.loops.filter((l) => l.kind === 'model');
        expect(scored.map((l) => l.id)).toEqual(modelLoops.map((l) => l.id));
        scored.forEach((l, i) => expect(l.polarity).toBe(modelLoops[i]?.polarity));
        // Relative scores: the absolute values sum to 1 wherever any loop scores.
        for (let k = 0; k < d.time.length; k++) {
          const sum = d.loops.reduce((s, l) => s + Math.abs(l.relative[k] ?? 0), 0);
          if (sum !== 0) expect(sum).toBeCloseTo(1, 12);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('loopDominance', () => {
  it('a lone eroding factor has one active loop, its erosion, with relative score −1', () => {
    // x' = −e·x: the erosion loop x → erosion:x → x scores 1 · (−1); the growth loop has no drive.
    const model = buildModel({ factors: [factor('x', { initial: 0.8, erosion: 0.1 })] });
    const d = loopDominance(model, { horizonMonths: 12 });
    const erosion = d.loops.find((l) => l.nodes.includes('erosion:x'));
    const growth = d.loops.find((l) => l.nodes.includes('growth:x'));
    expect(erosion?.kind).toBe('structural');
    expect(erosion?.polarity).toBe('balancing');
    erosion?.relative.forEach((v) => expect(v).toBeCloseTo(-1, 12));
    growth?.relative.forEach((v) => expect(v).toBe(0));
  });

  it('two factors raising each other: while both grow, the reinforcing loop a ⇄ b carries a positive share', () => {
    const model = buildModel({
      factors: [factor('a', { initial: 0.3 }), factor('b', { initial: 0.3 })],
      links: [link('a-b', 'a', 'b', { weight: 2 }), link('b-a', 'b', 'a', { weight: 2 })],
    });
    const d = loopDominance(model, { horizonMonths: 24 });
    const loop = d.loops.find((l) => l.id === 'L1');
    expect(loop?.factors).toEqual(['a', 'b']);
    expect(loop?.nodes).toEqual([
      'a',
      'link:a-b',
      'drive:b',
      'growth:b',
      'b',
      'link:b-a',
      'drive:a',
      'growth:a',
    ]);
    expect(loop?.relative[4]).toBeGreaterThan(0);
    expect(d.time[0]).toBe(0.25);
    expect(d.time).toHaveLength(24 / 0.25);
  });

  it('throws InvalidScenarioError for an invalid scenario', () => {
    const model = buildModel({ factors: [factor('x')] });
    expect(() => loopDominance(model, { dt: -1 })).toThrow(InvalidScenarioError);
  });
});
