import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate/simulate.js';
import { InvalidScenarioError } from '../simulate/simulate.js';
import { bistableModel } from '../test-support/bistable.js';
import { axisValues, withAxisValue, type Axis } from './axis.js';
import { runToEnd, type SearchProgress } from './progress.js';
import { sweep1d, sweep2d, sweep2dSteps } from './sweep.js';

/** Sums of a few doubles; anything beyond this is a real difference. */
const FLOAT_TOLERANCE = 1e-12;

const uniform = (from: number, to: number, steps: number): Axis => ({
  target: { kind: 'uniformInitial' },
  from,
  to,
  steps,
});

describe('axisValues', () => {
  it('spaces the values evenly and ends exactly at `to`, in either direction', () => {
    expect(Array.from(axisValues(uniform(0, 1, 5)))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(axisValues(uniform(0.9, 0.1, 3)))).toEqual([0.9, 0.5, 0.1]);
    expect(Array.from(axisValues(uniform(0.3, 0.7, 1)))).toEqual([0.3]);
  });

  it('rejects a step count that is not a whole number of at least 1', () => {
    expect(() => axisValues(uniform(0, 1, 0))).toThrow(RangeError);
    expect(() => axisValues(uniform(0, 1, 2.5))).toThrow(RangeError);
  });
});

describe('withAxisValue', () => {
  it('sets one field of a copy and leaves the base scenario alone', () => {
    const base = { initial: { a: 0.1 }, inputs: { climate: 0.3 } };
    const m = bistableModel;
    expect(withAxisValue(m, base, { kind: 'initial', factor: 'b' }, 0.4).initial).toEqual({ a: 0.1, b: 0.4 });
    expect(withAxisValue(m, base, { kind: 'input', input: 'climate' }, 0.9).inputs).toEqual({ climate: 0.9 });
    expect(withAxisValue(m, base, { kind: 'parameter', id: 'strain' }, 0.2).parameters).toEqual({
      strain: 0.2,
    });
    expect(withAxisValue(m, base, { kind: 'uniformInitial' }, 0.7).initial).toEqual({ a: 0.7, b: 0.7 });
    expect(base).toEqual({ initial: { a: 0.1 }, inputs: { climate: 0.3 } });
  });
});

describe('sweep1d', () => {
  it('gives final levels that never fall as every factor starts higher', () => {
    const { xValues, values } = sweep1d(bistableModel, {}, uniform(0, 1, 21), {
      kind: 'final',
      variable: 'a',
    });
    expect(values.length).toBe(21);
    for (let i = 1; i < values.length; i++) {
      expect(values[i]).toBeGreaterThanOrEqual((values[i - 1] as number) - FLOAT_TOLERANCE);
    }
    expect(values[0]).toBeLessThan(0.05);
    expect(values[20]).toBeGreaterThan(0.7);
    expect(xValues[20]).toBe(1);
  });

  it('records a pattern outcome as 0 below the tipping point and 1 above it, switching once', () => {
    const { values } = sweep1d(bistableModel, {}, uniform(0, 0.6, 13), {
      kind: 'pattern',
      pattern: 'takesOff',
    });
    const flips = values.slice(1).filter((v, i) => v !== values[i]).length;
    expect(values[0]).toBe(0);
    expect(values[12]).toBe(1);
    expect(flips).toBe(1);
  });

  it('gives falling final levels as the strain parameter rises', () => {
    const base = { initial: { a: 0.6, b: 0.6 } };
    const strain: Axis = { target: { kind: 'parameter', id: 'strain' }, from: 0, to: 0.5, steps: 11 };
    const { values, present } = sweep1d(
      bistableModel,
      base,
      strain,
      { kind: 'meanFinal', variables: ['a', 'b'] },
      { pattern: 'takesOff' },
    );
    for (let i = 1; i < values.length; i++) {
      expect(values[i]).toBeLessThanOrEqual((values[i - 1] as number) + FLOAT_TOLERANCE);
    }
    expect(present?.[0]).toBe(1);
    expect(present?.[10]).toBe(0);
  });

  it('measures each value exactly as a separate simulate run does', () => {
    const axis: Axis = { target: { kind: 'input', input: 'climate' }, from: 0, to: 1, steps: 6 };
    const { xValues, values } = sweep1d(bistableModel, {}, axis, { kind: 'final', variable: 'b' });
    xValues.forEach((c, i) => {
      const run = simulate(bistableModel, { inputs: { climate: c } }, { loops: false });
      expect(values[i]).toBe(run.summary.final.b);
    });
  });
});

describe('sweep2d', () => {
  const x: Axis = { target: { kind: 'initial', factor: 'a' }, from: 0, to: 1, steps: 5 };
  const y: Axis = { target: { kind: 'input', input: 'climate' }, from: 0, to: 1, steps: 4 };

  it('lays the grid out row by row: one row per y value, x varying fastest', () => {
    const grid = sweep2d(bistableModel, {}, x, y, { kind: 'final', variable: 'b' }, { pattern: 'takesOff' });
    expect(grid.values.length).toBe(20);
    expect(grid.present?.length).toBe(20);
    grid.yValues.forEach((c, j) => {
      grid.xValues.forEach((a, i) => {
        const run = simulate(bistableModel, { initial: { a }, inputs: { climate: c } }, { loops: false });
        expect(grid.values[j * 5 + i]).toBe(run.summary.final.b);
        expect(grid.present?.[j * 5 + i]).toBe(run.summary.takesOff === true ? 1 : 0);
      });
    });
  });

  it('is monotone along both axes where the model is: more of a and a better climate never hurt', () => {
    const { values } = sweep2d(bistableModel, {}, x, y, { kind: 'meanFinal', variables: ['a', 'b'] });
    const at = (i: number, j: number) => values[j * 5 + i] as number;
    for (let j = 0; j < 4; j++) {
      for (let i = 0; i < 5; i++) {
        if (i > 0) expect(at(i, j)).toBeGreaterThanOrEqual(at(i - 1, j) - FLOAT_TOLERANCE);
        if (j > 0) expect(at(i, j)).toBeGreaterThanOrEqual(at(i, j - 1) - FLOAT_TOLERANCE);
      }
    }
  });

  it('applies a uniformInitial axis first, so a single-factor axis overrides one factor of it', () => {
    const single: Axis = { target: { kind: 'initial', factor: 'a' }, from: 0.9, to: 0.9, steps: 1 };
    const grid = sweep2d(bistableModel, {}, uniform(0, 0, 1), single, { kind: 'final', variable: 'a' });
    const run = simulate(bistableModel, { initial: { a: 0.9, b: 0 } }, { loops: false });
    expect(grid.values[0]).toBe(run.summary.final.a);
  });

  it('is deterministic: two sweeps give identical arrays', () => {
    const one = sweep2d(bistableModel, {}, x, y, { kind: 'pattern', pattern: 'takesOff' });
    const two = sweep2d(bistableModel, {}, x, y, { kind: 'pattern', pattern: 'takesOff' });
    expect(two).toEqual(one);
  });

  it('yields its progress after every run, ending at the total', () => {
    const seen: SearchProgress[] = [];
    runToEnd(sweep2dSteps(bistableModel, {}, x, y, { kind: 'final', variable: 'a' }), (p) => seen.push(p));
    expect(seen.length).toBe(20);
    expect(seen.at(-1)).toEqual({ done: 20, total: 20 });
  });

  it('rejects two axes over the same field, unknown outcomes and invalid axis values', () => {
    expect(() => sweep2d(bistableModel, {}, x, x, { kind: 'final', variable: 'a' })).toThrow(RangeError);
    expect(() => sweep1d(bistableModel, {}, x, { kind: 'final', variable: 'ghost' })).toThrow(/ghost/);
    expect(() => sweep1d(bistableModel, {}, x, { kind: 'pattern', pattern: 'ghost' })).toThrow(/ghost/);
    expect(() => sweep1d(bistableModel, {}, x, { kind: 'meanFinal', variables: [] })).toThrow();
    expect(() => sweep1d(bistableModel, {}, uniform(0, 2, 3), { kind: 'final', variable: 'a' })).toThrow(
      InvalidScenarioError,
    );
  });
});
