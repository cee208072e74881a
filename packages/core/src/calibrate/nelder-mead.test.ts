import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelder-mead.js';

const rosenbrock = (x: readonly number[]): number =>
  100 * ((x[1] ?? 0) - (x[0] ?? 0) ** 2) ** 2 + (1 - (x[0] ?? 0)) ** 2;

describe('nelderMead', () => {
  it('finds the minimum (1, 1) of the Rosenbrock valley from the classic start (-1.2, 1), to 1e-5', () => {
    const r = nelderMead(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(1, 5);
    expect(r.value).toBeLessThan(1e-10);
  });

  it('finds the centre of a four-dimensional quadratic bowl with unequal axes, to 1e-6', () => {
    const centre = [0.3, -2, 5, 0.01];
    const scales = [1, 10, 0.1, 100];
    const f = (x: readonly number[]) =>
      x.reduce((s, v, i) => s + (scales[i] ?? 1) * (v - (centre[i] ?? 0)) ** 2, 0);
    const r = nelderMead(f, [0, 0, 0, 0], undefined, { pointTolerance: 1e-9 });
    r.x.forEach((v, i) => expect(Math.abs(v - (centre[i] ?? 0))).toBeLessThan(1e-6));
  });

  it('stops on the bound when the unconstrained minimum lies outside the box', () => {
    // Minimum at (2, 0.5); the box allows x ≤ 1, so the answer is (1, 0.5).
    const f = (x: readonly number[]) => ((x[0] ?? 0) - 2) ** 2 + ((x[1] ?? 0) - 0.5) ** 2;
    const r = nelderMead(f, [0.2, 0.2], { lower: [0, 0], upper: [1, 1] });
    expect(r.x[0]).toBe(1);
    expect(r.x[1]).toBeCloseTo(0.5, 6);
  });

  it('never evaluates the objective outside the bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (start, target) => {
          const n = start.length;
          const lower = new Array<number>(n).fill(-1);
          const upper = new Array<number>(n).fill(2);
          let outside = 0;
          const f = (x: readonly number[]) => {
            if (x.some((v, i) => v < (lower[i] ?? 0) || v > (upper[i] ?? 0))) outside++;
            return x.reduce((s, v, i) => s + (v - (target[i] ?? 0)) ** 2, 0);
          };
          const r = nelderMead(f, start, { lower, upper });
          expect(outside).toBe(0);
          // With the default budget (400 evaluations per coordinate), the best point is the target
          // clamped into the box, to the method's accuracy.
          r.x.forEach((v, i) => {
            const want = Math.min(2, Math.max(-1, target[i] ?? 0));
            expect(Math.abs(v - want)).toBeLessThan(1e-2);
          });
        },
      ),
      {
        numRuns: 50,
        // Once found by fast-check: a simplex squeezed against a bound needs more than 300 evaluations.
        examples: [
          [
            [0, -0.19969770616418858, 0, 0],
            [0, 4.9999999999999725, 0, 0],
          ],
        ],
      },
    );
  });

  it('gives the same evaluations for the same input (deterministic)', () => {
    const a = nelderMead(rosenbrock, [-1.2, 1], { lower: [-2, -2], upper: [2, 2] });
    const b = nelderMead(rosenbrock, [-1.2, 1], { lower: [-2, -2], upper: [2, 2] });
    expect(a).toEqual(b);
  });

  it('reports converged false when the evaluation budget runs out', () => {
    const r = nelderMead(rosenbrock, [-1.2, 1], undefined, { maxEvaluations: 20 });
    expect(r.converged).toBe(false);
    expect(r.value).toBeGreaterThan(0);
    expect(r.value).toBeLessThanOrEqual(rosenbrock([-1.2, 1]));
  });

  it('treats a non-finite objective as +Infinity and moves away from it', () => {
    const f = (x: readonly number[]) => ((x[0] ?? 0) < 0 ? Number.NaN : ((x[0] ?? 0) - 1) ** 2);
    const r = nelderMead(f, [0.5]);
    expect(r.x[0]).toBeCloseTo(1, 6);
  });

  it('refuses an empty start and crossed bounds', () => {
    expect(() => nelderMead(() => 0, [])).toThrow(/at least one coordinate/);
    expect(() => nelderMead(() => 0, [0], { lower: [1], upper: [0] })).toThrow(/lower 1 is above upper 0/);
  });
});
