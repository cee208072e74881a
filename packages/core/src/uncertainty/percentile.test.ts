import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAND_PERCENTILES, quantileSorted, quantilesInPlace } from './percentile.js';

describe('quantileSorted', () => {
  it('interpolates linearly between order statistics', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([10, 20], 0.25)).toBe(12.5);
    expect(Number.isNaN(quantileSorted([], 0.5))).toBe(true);
  });
});

describe('quantilesInPlace', () => {
  it('gives what sorting first gives, for any values (many ties included)', () => {
    const values = fc.array(
      fc.oneof(
        fc.constantFrom(0, 1, 0.5),
        fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }),
      ),
      { minLength: 1, maxLength: 300 },
    );
    fc.assert(
      fc.property(values, (xs) => {
        const sorted = Float64Array.from(xs).sort();
        const got = quantilesInPlace(Float64Array.from(xs), BAND_PERCENTILES);
        expect(got).toEqual(BAND_PERCENTILES.map((p) => quantileSorted(sorted, p)));
      }),
    );
  });
});
