import { describe, expect, it } from 'vitest';
import { BOUND_TOLERANCE, onBound } from './on-bound.js';

describe('onBound', () => {
  it('takes a value on a bound or a hair inside it as on the bound', () => {
    for (const x of [0, 1, 1e-12, 1 - 1e-12, 9.999999999997227 / 10, BOUND_TOLERANCE, 1 - BOUND_TOLERANCE]) {
      expect(onBound(x), String(x)).toBe(true);
    }
  });

  it('takes a value clearly inside the range as free', () => {
    for (const x of [0.5, 1e-3, 1 - 1e-3, 2 * BOUND_TOLERANCE, 1 - 2 * BOUND_TOLERANCE]) {
      expect(onBound(x), String(x)).toBe(false);
    }
  });
});
