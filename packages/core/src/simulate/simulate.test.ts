import { describe, expect, it } from 'vitest';

import { SCENARIO_DEFAULTS } from '../scenario/scenario-types.js';
import {
  buildModel,
  exogenousFactor,
  factor,
  input,
  link,
  mechanism,
  pattern,
  twoFactorModel,
} from '../test-support/models.js';
import { resultToJson } from './result-json.js';
import { InvalidScenarioError, simulate } from './simulate.js';

/** Two endogenous factors in a loop, an exogenous factor, an input, two mechanisms and two patterns. */
const model = buildModel({
  mechanisms: [mechanism('duo', ['a', 'b']), mechanism('outside', ['ext', 'u'])],
  factors: [factor('a', { initial: 0.4 }), factor('b'), exogenousFactor('ext', 0.5)],
  inputs: [input('u', 0.3)],
  links: [link('a-b', 'a', 'b'), link('b-a', 'b', 'a'), link('ext-a', 'ext', 'a'), link('u-b', 'u', 'b')],
  patterns: [
    pattern('aHigh', [{ variable: 'a', atLeast: 0.5 }], 3),
    pattern('uLow', [{ variable: 'u', atMost: 0.1 }], 1, 'end'),
  ],
});

describe('simulate', () => {
  it('returns horizon/dt + 1 saved times and a Float64Array of that length for every factor and input', () => {
    const result = simulate(model, { horizonMonths: 18, dt: 0.5 });
    expect(result.time).toBeInstanceOf(Float64Array);
    expect(result.time).toHaveLength(18 / 0.5 + 1);
    expect(result.time[0]).toBe(0);
    expect(result.time.at(-1)).toBe(18);
    expect(Object.keys(result.series).sort()).toEqual(['a', 'b', 'ext', 'u']);
    for (const s of Object.values(result.series)) {
      expect(s).toBeInstanceOf(Float64Array);
      expect(s).toHaveLength(result.time.length);
    }
    expect(result).toMatchObject({ model: 'test-model', method: 'rk4', dt: 0.5, horizonMonths: 18 });
  });

  it('applies the scenario defaults when given no scenario', () => {
    const result = simulate(model);
    expect(result.dt).toBe(SCENARIO_DEFAULTS.dt);
    expect(result.horizonMonths).toBe(SCENARIO_DEFAULTS.horizonMonths);
    expect(result.method).toBe(SCENARIO_DEFAULTS.method);
    expect(result.scenario).toBe(SCENARIO_DEFAULTS.name);
    expect(result.time).toHaveLength(SCENARIO_DEFAULTS.horizonMonths / SCENARIO_DEFAULTS.dt + 1);
    expect(result.series.a![0]).toBe(0.4);
    expect(result.series.u![0]).toBe(0.3);
  });

  it('summarises a boolean per pattern id, the pattern reports, mechanism statuses and final values', () => {
    const result = simulate(model, { horizonMonths: 24, inputs: { u: 0.05 } });
    const { summary } = result;
    expect(typeof summary.aHigh).toBe('boolean');
    expect(summary.uLow).toBe(true);
    expect(summary.aHigh).toBe(summary.patterns.aHigh!.present);
    expect(Object.keys(summary.patterns).sort()).toEqual(['aHigh', 'uLow']);
    for (const id of ['duo', 'outside']) {
      const m = summary.mechanisms[id]!;
      expect(['reinforcing', 'stalling']).toContain(m.status);
      expect(m.segments.at(-1)!.status).toBe(m.status);
      expect(m.since).toBe(m.segments.at(-1)!.fromMonth);
    }
    const last = result.time.length - 1;
    expect(summary.mechanisms.duo!.level).toBeCloseTo(
      (result.series.a![last]! + result.series.b![last]!) / 2,
      12,
    );
    for (const [id, s] of Object.entries(result.series)) expect(summary.final[id]).toBe(s[last]);
  });

  it('reports loops with their strength over time and which loop dominated', () => {
    const result = simulate(model, { horizonMonths: 12 });
    expect(result.loops.map((l) => l.id)).toEqual(['L1']);
    const loop = result.loops[0]!;
    expect(loop.strength).toHaveLength(result.time.length);
    expect(loop.peakStrength).toBe(Math.max(...loop.strength));
    expect(loop.dominantShare).toBeGreaterThan(0);
    expect(loop.dominantShare).toBeLessThanOrEqual(1);
    expect(result.dominance.length).toBeGreaterThan(0);
    expect(result.summary.mechanisms.duo!.dominantLoop).toBe('L1');
  });

  it('with loops: false computes no loops and no dominant loop', () => {
    const result = simulate(model, { horizonMonths: 12 }, { loops: false });
    expect(result.loops).toEqual([]);
    for (const m of Object.values(result.summary.mechanisms)) expect(m.dominantLoop).toBeNull();
    // Trajectories do not depend on the loop analysis.
    expect(result.series).toEqual(simulate(model, { horizonMonths: 12 }).series);
  });

  it('with loops: false leaves dominance empty, as SimulateOptions documents', () => {
    // SimulateOptions.loops: "`loops` and `dominance` are then empty and `dominantLoop` null".
    const result = simulate(model, { horizonMonths: 12 }, { loops: false });
    expect(result.dominance).toEqual([]);
  });

  it('throws an InvalidScenarioError that lists every problem of an invalid scenario', () => {
    const scenario = {
      initial: { ghost: 0.5 },
      inputs: { nobody: 0.2 },
      interventions: [{ lever: 'nothing' }],
      parameters: { 'a.erosion': 99 },
    };
    let caught: unknown;
    try {
      simulate(model, scenario);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidScenarioError);
    const error = caught as InvalidScenarioError;
    expect(error.diagnostics.map((d) => d.path).sort()).toEqual(
      ['initial.ghost', 'inputs.nobody', 'interventions[0].lever', 'parameters.a.erosion'].sort(),
    );
    for (const d of error.diagnostics) expect(error.message).toContain(d.path);
  });

  it('resultToJson gives plain arrays that survive a JSON round trip', () => {
    const result = simulate(twoFactorModel, { horizonMonths: 6, dt: 0.5 });
    const json = resultToJson(result);
    expect(Array.isArray(json.time)).toBe(true);
    expect(json.time).toEqual(Array.from(result.time));
    for (const [id, s] of Object.entries(json.series)) {
      expect(Array.isArray(s)).toBe(true);
      expect(s).toEqual(Array.from(result.series[id]!));
    }
    for (const [i, l] of json.loops.entries()) {
      expect(Array.isArray(l.strength)).toBe(true);
      expect(l.strength).toEqual(Array.from(result.loops[i]!.strength));
    }
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
