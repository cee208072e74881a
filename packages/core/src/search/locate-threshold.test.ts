import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate/simulate.js';
import { bistableModel } from '../test-support/bistable.js';
import { withAxisValue, type AxisTarget } from './axis.js';
import { locateThreshold } from './locate-threshold.js';

const TOLERANCE = 1e-3;
const takesOff = (target: AxisTarget, value: number) =>
  simulate(bistableModel, withAxisValue(bistableModel, {}, target, value), { loops: false }).summary
    .takesOff === true;

describe('locateThreshold', () => {
  it('finds a starting level between a run that stalls and one that takes off, within the tolerance', () => {
    const target: AxisTarget = { kind: 'uniformInitial' };
    const t = locateThreshold(bistableModel, {}, { target, from: 0, to: 1 }, 'takesOff', {
      tolerance: TOLERANCE,
    });
    expect(t).not.toBeNull();
    const value = t as number;
    expect(value).toBeGreaterThan(0.2);
    expect(value).toBeLessThan(0.4);
    expect(takesOff(target, value)).toBe(true);
    expect(takesOff(target, value - TOLERANCE)).toBe(false);
  });

  it('finds the climate at which the pair tips by itself', () => {
    const target: AxisTarget = { kind: 'input', input: 'climate' };
    const value = locateThreshold(bistableModel, {}, { target, from: 0, to: 1 }, 'takesOff') as number;
    expect(takesOff(target, value)).toBe(true);
    expect(takesOff(target, value - 1e-3)).toBe(false);
  });

  it('returns null when the pattern is absent across the range, and `from` when present throughout', () => {
    const target: AxisTarget = { kind: 'uniformInitial' };
    expect(locateThreshold(bistableModel, {}, { target, from: 0, to: 0.2 }, 'takesOff')).toBeNull();
    expect(locateThreshold(bistableModel, {}, { target, from: 0.5, to: 1 }, 'takesOff')).toBe(0.5);
  });

  it('is deterministic', () => {
    const axis = { target: { kind: 'initial', factor: 'a' }, from: 0, to: 1 } as const;
    expect(locateThreshold(bistableModel, {}, axis, 'takesOff')).toBe(
      locateThreshold(bistableModel, {}, axis, 'takesOff'),
    );
  });

  it('rejects an empty range and an unknown pattern', () => {
    const target: AxisTarget = { kind: 'uniformInitial' };
    expect(() => locateThreshold(bistableModel, {}, { target, from: 1, to: 0 }, 'takesOff')).toThrow(
      RangeError,
    );
    expect(() => locateThreshold(bistableModel, {}, { target, from: 0, to: 1 }, 'ghost')).toThrow(/ghost/);
  });
});
