import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionProblems, draw, type Distribution } from './distribution.js';
import { normalCdf, normalQuantile } from './normal.js';
import { runStream } from './random-stream.js';

const sample = (d: Distribution, n: number, seed = 11) => {
  const u = runStream(seed, 0);
  return Array.from({ length: n }, () => draw(d, u));
};
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
};

describe('draw', () => {
  it('never leaves [min, max], for any distribution and stream', () => {
    const bounds = fc
      .tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }))
      .map(([lo, w]) => [lo, lo + w] as const);
    fc.assert(
      fc.property(bounds, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(), (b, t, seed) => {
        const [min, max] = b;
        const ds: Distribution[] = [
          { kind: 'uniform', min, max },
          { kind: 'triangular', min, mode: min + t * (max - min), max },
          { kind: 'normal', mean: min + t * (max - min), sd: 0.3, min, max },
          { kind: 'normal', mean: max + 4, sd: 0.5, min, max },
        ];
        for (const d of ds) for (const x of sample(d, 20, seed)) expect(x >= min && x <= max).toBe(true);
      }),
    );
  });

  it('draws uniform values with mean (min + max) / 2 within 0.01 over 20,000 draws', () => {
    expect(Math.abs(mean(sample({ kind: 'uniform', min: 0.2, max: 0.8 }, 20_000)) - 0.5)).toBeLessThan(0.01);
  });

  it('draws triangular values with mean (min + mode + max) / 3 within 0.01', () => {
    const xs = sample({ kind: 'triangular', min: 0, mode: 0.8, max: 1 }, 20_000);
    expect(Math.abs(mean(xs) - 1.8 / 3)).toBeLessThan(0.01);
  });

  it('draws a barely truncated normal with its mean and sd within 0.02', () => {
    const xs = sample({ kind: 'normal', mean: 0.5, sd: 0.1, min: -1, max: 2 }, 20_000);
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(sd(xs) - 0.1)).toBeLessThan(0.02);
  });

  it('draws a normal cut at its mean as a half-normal (mean + sd·√(2/π), within 0.01)', () => {
    const xs = sample({ kind: 'normal', mean: 0.2, sd: 0.1, min: 0.2, max: 5 }, 20_000);
    expect(Math.abs(mean(xs) - (0.2 + 0.1 * Math.sqrt(2 / Math.PI)))).toBeLessThan(0.01);
  });
});

describe('normalQuantile', () => {
  it('inverts normalCdf within 1e-5 from −5 to 5', () => {
    for (let x = -5; x <= 5; x += 0.25) expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 5);
  });
});

describe('distributionProblems', () => {
  it('names the field and the reason', () => {
    expect(distributionProblems({ kind: 'uniform', min: 1, max: 0 }, 'initial.trust')).toEqual([
      'initial.trust: min (1) must not exceed max (0)',
    ]);
    expect(distributionProblems({ kind: 'normal', mean: 0, sd: 0, min: 0, max: 1 }, 'p')[0]).toMatch(
      /p\.sd must be greater than 0/,
    );
    expect(distributionProblems({ kind: 'beta' } as unknown as Distribution, 'p')[0]).toMatch(/p\.kind/);
    expect(distributionProblems({ kind: 'triangular', min: 0, mode: 2, max: 1 }, 'p')[0]).toMatch(
      /min ≤ mode ≤ max/,
    );
  });
});
