import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { compileModel } from '../compile/compile-model.js';
import { planRun, type RunPlan } from '../compile/run-plan.js';
import { createEvaluator } from '../integrate/evaluator.js';
import { buildModel, factor, input, lever, link, mechanism } from '../test-support/models.js';
import { edgeGains } from './edge-gains.js';
import { influenceEdges, type InfluenceEdge } from './loop-graph.js';

/** Relative agreement of an analytic gain with a central finite difference. */
const RELATIVE_TOLERANCE = 1e-5;
/** Absolute slack for gains that are (near) zero, far above the difference quotient's round-off. */
const ABSOLUTE_TOLERANCE = 1e-9;
/** Step of the central difference. */
const H = 1e-6;

/**
 * Every kind of edge once, each (source, target) pair by one edge only, so a finite difference on the
 * source isolates that edge: level links of both signs, a gate, an amplifier, a damper, a delayed
 * link, a rise link, and an input the test cannot perturb.
 */
const model = buildModel({
  factors: [
    factor('a', { steepness: 2 }),
    factor('b', { steepness: 1.5, growthRate: 0.8 }),
    factor('c', { steepness: 3, halfSaturation: 0.4 }),
    factor('d', { steepness: 1.5, growthRate: 1.2 }),
  ],
  inputs: [input('u', 0.3)],
  links: [
    link('a-b', 'a', 'b', {
      weight: 0.8,
      moderators: [{ effect: 'gate', by: 'c', threshold: 0.4, steepness: 2 }],
    }),
    link('b-c', 'b', 'c', { weight: 1.2, moderators: [{ effect: 'amplify', by: 'd', strength: 0.7 }] }),
    link('c-a', 'c', 'a', {
      polarity: 'negative',
      weight: 0.6,
      moderators: [{ effect: 'dampen', by: 'b', strength: 0.8 }],
    }),
    link('d-a', 'd', 'a', { delay: 3, weight: 0.9 }),
    link('a-d', 'a', 'd'),
    link('u-d', 'u', 'd', { weight: 0.5 }),
    link('b-d', 'b', 'd', { signal: 'rise', riseTime: 2, weight: 1.5 }),
  ],
});

const plan: RunPlan = planRun(compileModel(model), {});
const edges = influenceEdges(model);
const c = plan.compiled;
const nS = c.nState;

/** Index in the state vector of what an edge's gain is taken with respect to (null: an exogenous source). */
function perturbed(e: InfluenceEdge): number | null {
  const l = model.links[e.link]!;
  if (e.moderator >= 0) {
    const slot = c.slots.get(l.moderators![e.moderator]!.by)!;
    return slot.kind === 'state' ? slot.index : null;
  }
  if (l.delay !== undefined) return c.nFactors + c.delayLink.indexOf(e.link);
  const slot = c.slots.get(l.from)!;
  return slot.kind === 'state' ? slot.index : null;
}

/** Central difference of d(target)/dt with respect to state `i`. */
function finiteDifference(y: Float64Array, i: number, to: number): number {
  const ev = createEvaluator(plan);
  ev.setTime(0);
  const out = new Float64Array(nS);
  const up = Float64Array.from(y);
  up[i] = y[i]! + H;
  ev.derive(up, out);
  const high = out[to]!;
  const down = Float64Array.from(y);
  down[i] = y[i]! - H;
  ev.derive(down, out);
  return (high - out[to]!) / (2 * H);
}

function analytic(y: Float64Array): Float64Array {
  const ev = createEvaluator(plan);
  ev.setTime(0);
  const gains = new Float64Array(edges.length);
  edgeGains(plan, ev, y, new Float64Array(nS), edges, gains);
  return gains;
}

/** States away from the clamps at 0 and 1: factors, then the delay state, then the rise reference. */
const stateArb = fc
  .array(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { minLength: nS, maxLength: nS })
  .map((v) => Float64Array.from(v));

function expectGainMatches(y: Float64Array, e: InfluenceEdge, gain: number): void {
  const i = perturbed(e)!;
  const fd = finiteDifference(y, i, c.slots.get(e.to)!.index);
  const slack = RELATIVE_TOLERANCE * Math.abs(fd) + ABSOLUTE_TOLERANCE;
  if (!(Math.abs(gain - fd) <= slack))
    throw new Error(
      `edge ${e.id}: analytic ${gain}, finite difference ${fd} at y = [${Array.from(y).join(', ')}]`,
    );
}

describe('edgeGains', () => {
  it('the test model has one edge per (source, target) pair, so each edge can be checked on its own', () => {
    const pairs = edges.map((e) => `${e.from}>${e.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(c.delayLink).toHaveLength(1);
    expect(c.riseLink).toHaveLength(1);
  });

  it('matches finite differences of the derivative for level, delayed and moderator edges', () => {
    const checked = edges.filter((e) => perturbed(e) !== null && model.links[e.link]!.signal !== 'rise');
    expect(checked.map((e) => e.id).sort()).toEqual(
      ['a-b', 'a-b#0', 'b-c', 'b-c#0', 'c-a', 'c-a#0', 'd-a', 'a-d'].sort(),
    );
    fc.assert(
      fc.property(stateArb, (y) => {
        const gains = analytic(y);
        for (const e of checked) expectGainMatches(y, e, gains[edges.indexOf(e)]!);
      }),
      { numRuns: 200 },
    );
  });

  it('matches finite differences for a rise link while its source lies above its reference', () => {
    const rise = edges.find((e) => e.id === 'b-d')!;
    const b = c.slots.get('b')!.index;
    const reference = nS - 1;
    fc.assert(
      fc.property(stateArb, (y) => {
        // Above the kink of max(0, b − ref); the next test covers the other side.
        fc.pre(y[b]! > y[reference]! + 1e-3);
        expectGainMatches(y, rise, analytic(y)[edges.indexOf(rise)]!);
      }),
      { numRuns: 200 },
    );
  });

  it('gives a rise link no gain while its source lies below its reference (the link carries nothing)', () => {
    const y = Float64Array.from({ length: nS }, () => 0.5);
    const b = c.slots.get('b')!.index;
    y[b] = 0.3; // the reference (last state) stays at 0.5: b has fallen, the rise is 0
    const rise = edges.findIndex((e) => e.id === 'b-d');
    expect(analytic(y)[rise]).toBe(0);
  });

  it('gives every level, delayed and moderator edge a gain with the sign of the edge', () => {
    fc.assert(
      fc.property(stateArb, (y) => {
        const gains = analytic(y);
        edges.forEach((e, k) => {
          if (model.links[e.link]!.signal === 'rise') return;
          expect(Math.sign(gains[k]!), e.id).toBe(e.sign);
        });
      }),
      { numRuns: 50 },
    );
  });

  it('gives a positive link no gain while a negative inflow keeps the total drive below 0 (steepness 1)', () => {
    // The evaluator gives no growth pressure for D ≤ 0, so small changes of the source change nothing.
    const drained = buildModel({
      mechanisms: [mechanism('m', ['a', 'b'])],
      factors: [
        factor('a', { growthRate: 0, erosion: 0 }),
        factor('b', { steepness: 1, halfSaturation: 0.5 }),
      ],
      links: [link('a-b', 'a', 'b', { weight: 0.5 })],
      levers: [lever('drain', 'm', [{ target: 'inflow', factor: 'b', size: -1 }])],
    });
    const drainedPlan = planRun(compileModel(drained), { interventions: [{ lever: 'drain' }] });
    const ev = createEvaluator(drainedPlan);
    ev.setTime(0);
    const y = Float64Array.of(0.5, 0.5);
    const gains = new Float64Array(1);
    edgeGains(drainedPlan, ev, y, new Float64Array(2), influenceEdges(drained), gains);
    expect(ev.drive[1]).toBeLessThan(0);
    const out = new Float64Array(2);
    ev.derive(Float64Array.of(0.5 + H, 0.5), out);
    const high = out[1]!;
    ev.derive(Float64Array.of(0.5 - H, 0.5), out);
    expect((high - out[1]!) / (2 * H)).toBe(0);
    expect(gains[0]).toBe(0);
  });
});
