import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from './symmetric-eigen.js';

describe('symmetricEigen', () => {
  it('gives the eigenvalues 1 and 3 of [[2, 1], [1, 2]] with eigenvectors along (1, -1) and (1, 1)', () => {
    const { values, vectors } = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    const [v0, v1] = vectors;
    expect(Math.abs((v0?.[0] ?? 0) + (v0?.[1] ?? 0))).toBeLessThan(1e-14);
    expect(Math.abs((v1?.[0] ?? 0) - (v1?.[1] ?? 0))).toBeLessThan(1e-14);
  });

  it('satisfies A·v = λ·v with unit vectors for random symmetric 4×4 matrices (tolerance 1e-10)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 16, maxLength: 16 }),
        (xs) => {
          const a = [0, 1, 2, 3].map((i) =>
            [0, 1, 2, 3].map((j) => xs[4 * Math.min(i, j) + Math.max(i, j)] ?? 0),
          );
          const { values, vectors } = symmetricEigen(a);
          values.forEach((lambda, k) => {
            const v = vectors[k] ?? [];
            const norm = Math.hypot(...v);
            expect(Math.abs(norm - 1)).toBeLessThan(1e-10);
            a.forEach((row, i) => {
              const av = row.reduce((s, x, j) => s + x * (v[j] ?? 0), 0);
              expect(Math.abs(av - lambda * (v[i] ?? 0))).toBeLessThan(1e-10 * (1 + Math.abs(lambda)));
            });
          });
          for (let k = 1; k < values.length; k++)
            expect(values[k]).toBeGreaterThanOrEqual(values[k - 1] ?? 0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a matrix that is not square', () => {
    expect(() => symmetricEigen([[1, 2]])).toThrow(/square/);
  });
});
