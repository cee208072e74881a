import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/model-types.js';
import type { Scenario } from '../../scenario/scenario-types.js';
import { simulate } from '../../simulate/simulate.js';
import { simulateStockFlow } from '../../stockflow/simulate-stockflow.js';
import {
  buildModel,
  exogenousFactor,
  factor,
  input,
  lever,
  link,
  mechanism,
  parameter,
} from '../../test-support/models.js';
import { parseXmile } from '../import/parse-xmile.js';
import { modelToXmile } from './model-to-xmile.js';
import { snakeName } from './xmile-names.js';

/** Largest absolute difference allowed between `simulate()` and the run of its XMILE export. */
const TOLERANCE = 1e-9;

/**
 * A small model with every construct the exporter writes: gate, amplifier and damper moderators,
 * a delayed link, a `rise` link from an input and one from a factor, a negative link, an
 * exogenous factor, levers and parameters with every kind of effect, and a steepness that is not
 * a whole number.
 */
const everything: Model = buildModel({
  mechanisms: [mechanism('m', ['a', 'b', 'c'])],
  factors: [
    exogenousFactor('context', 0.5),
    factor('a', { initial: 0.4 }),
    factor('b', { steepness: 2.5, growthRate: 0.6 }),
    factor('c', { erosion: 0.08 }),
  ],
  inputs: [input('pressure', 0.2)],
  links: [
    link('context-a', 'context', 'a', {
      weight: 0.5,
      moderators: [{ effect: 'dampen', by: 'pressure', strength: 0.6 }],
    }),
    link('a-b', 'a', 'b', { moderators: [{ effect: 'gate', by: 'c', threshold: 0.3, steepness: 2 }] }),
    link('b-c', 'b', 'c', { delay: 4, moderators: [{ effect: 'amplify', by: 'context', strength: 1.5 }] }),
    link('c-a', 'c', 'a', { weight: 0.7 }),
    link('pressure-b', 'pressure', 'b', { signal: 'rise', riseTime: 5, weight: 1.2 }),
    link('a-c', 'a', 'c', { signal: 'rise', riseTime: 3, riseFrom: 0.1, weight: 0.4 }),
    link('c-b', 'c', 'b', { polarity: 'negative', weight: 0.1 }),
  ],
  parameters: [
    parameter(
      'turnover',
      0.01,
      [0, 0.1],
      [
        { target: 'erosion', factor: 'a', size: 1 },
        { target: 'erosion', factor: 'b', size: 2 },
      ],
    ),
    parameter(
      'visibility',
      0.3,
      [0, 1],
      [
        { target: 'weight', link: 'c-a', size: 2 },
        { target: 'growthRate', factor: 'c', size: 0.5 },
        { target: 'inflow', factor: 'b', size: 0.05 },
      ],
    ),
  ],
  levers: [
    lever('push', 'm', [
      { target: 'inflow', factor: 'a', size: 0.3 },
      { target: 'weight', link: 'a-b', size: 0.5 },
    ]),
    lever('care', 'm', [
      { target: 'erosion', factor: 'a', size: -0.02 },
      { target: 'growthRate', factor: 'b', size: 0.4 },
    ]),
  ],
});

const scenarios: Record<string, Scenario> = {
  default: {},
  'levers, input changes, overrides': {
    initial: { a: 0.2, c: 0.5 },
    inputs: {
      context: [
        { month: 0, value: 0.3 },
        { month: 10, value: 0.9 },
      ],
      pressure: [
        { month: 5, value: 0.8 },
        { month: 20.5, value: 0.1 },
      ],
    },
    parameters: {
      turnover: 0.05,
      visibility: 0.9,
      'b-c.delay': 2,
      'a.halfSaturation': 0.4,
      'c-a.weight': 0.9,
    },
    interventions: [
      { lever: 'push', startMonth: 2, endMonth: 12, intensity: 0.6 },
      { lever: 'care', startMonth: 8 },
      { lever: 'care', startMonth: 0, endMonth: 30, intensity: 0.5 },
    ],
  },
};

describe('a model exported to XMILE and read back', () => {
  for (const method of ['euler', 'rk4'] as const) {
    for (const [name, scenario] of Object.entries(scenarios)) {
      it(`runs like simulate() within ${String(TOLERANCE)} (${method}, ${name})`, () => {
        const full: Scenario = { ...scenario, method, dt: 0.25, horizonMonths: 40 };
        const ours = simulate(everything, full, { loops: false });
        const back = simulateStockFlow(parseXmile(modelToXmile(everything, full)));
        expect(Array.from(back.time)).toEqual(Array.from(ours.time));
        let worst = 0;
        for (const [id, a] of Object.entries(ours.series)) {
          const b = back.series[snakeName(id)];
          expect(b, id).toBeDefined();
          for (let i = 0; i < a.length; i++)
            worst = Math.max(worst, Math.abs((a[i] ?? NaN) - (b?.[i] ?? NaN)));
        }
        expect(worst).toBeLessThanOrEqual(TOLERANCE);
      });
    }
  }
});

describe('the clamp after each step, which XMILE cannot say', () => {
  const fast = buildModel({
    factors: [factor('a', { growthRate: 3, initial: 0.5 }), factor('b', { initial: 0.9 })],
    links: [link('b-a', 'b', 'a', { weight: 2 })],
  });

  it('does not act, and the runs agree, when dt times the rates stays below 1', () => {
    const scenario: Scenario = { method: 'euler', dt: 0.25, horizonMonths: 10 };
    const ours = simulate(fast, scenario, { loops: false }).series['a'];
    const back = simulateStockFlow(parseXmile(modelToXmile(fast, scenario))).series['a'];
    ours?.forEach((x, i) => expect(Math.abs(x - (back?.[i] ?? NaN))).toBeLessThanOrEqual(TOLERANCE));
  });

  it('acts when a step overshoots 1, and then the XMILE run leaves [0, 1]', () => {
    const scenario: Scenario = { method: 'euler', dt: 1, horizonMonths: 10 };
    const ours = simulate(fast, scenario, { loops: false }).series['a'];
    const back = simulateStockFlow(parseXmile(modelToXmile(fast, scenario))).series['a'];
    expect(Math.max(...(ours ?? []))).toBeLessThanOrEqual(1);
    expect(Math.max(...(back ?? []))).toBeGreaterThan(1);
  });
});
