import { describe, expect, it } from 'vitest';
import { runStream } from './random-stream.js';

const take = (n: number, seed: number, run: number) => {
  const next = runStream(seed, run);
  return Array.from({ length: n }, () => next());
};

describe('runStream', () => {
  it('gives the same numbers for the same seed and run, however often it is made', () => {
    expect(take(20, 42, 7)).toEqual(take(20, 42, 7));
  });

  it('gives other numbers for another run or another seed', () => {
    const base = take(5, 42, 7);
    expect(take(5, 42, 8)).not.toEqual(base);
    expect(take(5, 43, 7)).not.toEqual(base);
  });

  it('gives numbers in [0, 1) whose mean over 20,000 draws is 0.5 within 0.01', () => {
    const xs = take(20_000, 1, 0);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });

  it('makes the first numbers of neighbouring runs unrelated (correlation below 0.05 over 5,000 runs)', () => {
    const first = Array.from({ length: 5000 }, (_, i) => runStream(3, i)());
    const second = Array.from({ length: 5000 }, (_, i) => runStream(3, i + 1)());
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const ma = mean(first);
    const mb = mean(second);
    let cov = 0;
    let va = 0;
    let vb = 0;
    first.forEach((a, i) => {
      const b = second[i] as number;
      cov += (a - ma) * (b - mb);
      va += (a - ma) ** 2;
      vb += (b - mb) ** 2;
    });
    expect(Math.abs(cov / Math.sqrt(va * vb))).toBeLessThan(0.05);
  });

  it('rejects a seed that is not whole and a negative run', () => {
    expect(() => runStream(1.5, 0)).toThrow(/seed/);
    expect(() => runStream(1, -1)).toThrow(/run/);
  });
});
