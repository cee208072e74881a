import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/scenario-types.js';
import { simulate } from '../simulate/simulate.js';
import { bistableModel } from '../test-support/bistable.js';
import {
  MAX_MONTE_CARLO_VALUES,
  mergeMonteCarloParts,
  monteCarlo,
  monteCarloPart,
  shardRange,
  summariseMonteCarlo,
  type MonteCarloOptions,
} from './monte-carlo.js';
import { sampleScenario, type UncertaintySpec } from './uncertainty-spec.js';

const base: Scenario = { horizonMonths: 36, dt: 0.5 };
const spec: UncertaintySpec = {
  initial: { a: { kind: 'uniform', min: 0.1, max: 0.5 }, b: { kind: 'uniform', min: 0.1, max: 0.5 } },
  parameters: { strain: { kind: 'triangular', min: 0, mode: 0.02, max: 0.1 } },
};
const options: MonteCarloOptions = { runs: 40, seed: 9, spec, pattern: 'takesOff', saveEvery: 6 };

/** The p-quantile of a list by sorting it here (type 7), independent of the code under test. */
function quantile(values: number[], p: number): number {
  const xs = [...values].sort((x, y) => x - y);
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const a = xs[lo] as number;
  return a + (h - lo) * ((xs[Math.min(lo + 1, xs.length - 1)] as number) - a);
}

describe('monteCarlo', () => {
  const result = monteCarlo(bistableModel, base, options);
  const runs = Array.from({ length: options.runs }, (_, i) =>
    simulate(bistableModel, sampleScenario(base, spec, options.seed, i), { loops: false }),
  );

  it('counts the runs that show the pattern, as running each drawn scenario directly does', () => {
    const takesOff = runs.filter((r) => r.summary.takesOff === true).length;
    expect(result.present).toBe(takesOff);
    expect(result.share).toBe(takesOff / 40);
    // The spread straddles the tipping level, so both outcomes occur.
    expect(takesOff).toBeGreaterThan(0);
    expect(takesOff).toBeLessThan(40);
  });

  it('reports bands at months 0, 6, …, 36 equal to the percentiles of the runs’ levels (as 32-bit floats)', () => {
    expect([...result.months]).toEqual([0, 6, 12, 18, 24, 30, 36]);
    const band = result.bands.find((b) => b.variable === 'a');
    if (band === undefined) throw new Error('no band for a');
    result.months.forEach((month, m) => {
      const levels = runs.map((r) => Math.fround(r.series.a?.[month / 0.5] as number));
      expect(band.p5[m]).toBeCloseTo(quantile(levels, 0.05), 12);
      expect(band.p50[m]).toBeCloseTo(quantile(levels, 0.5), 12);
      expect(band.p95[m]).toBeCloseTo(quantile(levels, 0.95), 12);
      expect(band.p25[m]).toBeLessThanOrEqual(band.p50[m] as number);
      expect(band.p75[m]).toBeGreaterThanOrEqual(band.p50[m] as number);
    });
  });

  it('records every endogenous factor by default and the chosen variables otherwise', () => {
    expect(result.bands.map((b) => b.variable)).toEqual(['a', 'b']);
    const only = monteCarlo(bistableModel, base, { ...options, runs: 3, variables: ['climate'] });
    expect(only.bands.map((b) => b.variable)).toEqual(['climate']);
    expect(
      Number.isNaN(monteCarlo(bistableModel, base, { ...options, runs: 3, pattern: undefined }).share),
    ).toBe(true);
  });

  it('gives the same numbers when the runs are split into parts and merged in any order', () => {
    const parts = [
      monteCarloPart(bistableModel, base, options, 25, 40),
      monteCarloPart(bistableModel, base, options, 0, 10),
      monteCarloPart(bistableModel, base, options, 10, 25),
    ];
    expect(summariseMonteCarlo(mergeMonteCarloParts(parts))).toEqual(result);
  });

  it('gives other numbers for another seed', () => {
    expect(monteCarlo(bistableModel, base, { ...options, seed: 10 }).bands).not.toEqual(result.bands);
  });
});

describe('mergeMonteCarloParts', () => {
  const part = (from: number, to: number, o: MonteCarloOptions = options) =>
    monteCarloPart(bistableModel, base, o, from, to);
  it('refuses gaps, overlaps and parts of different studies, saying which runs', () => {
    expect(() => mergeMonteCarloParts([part(0, 10), part(20, 40)])).toThrow(/runs 10–19 are missing/);
    expect(() => mergeMonteCarloParts([part(0, 10), part(5, 40)])).toThrow(/overlap at run 5/);
    expect(() => mergeMonteCarloParts([part(0, 10), part(10, 40, { ...options, seed: 1 })])).toThrow(
      /different studies/,
    );
    expect(() => mergeMonteCarloParts([])).toThrow(/no parts/);
  });
  it('refuses to summarise an incomplete study', () => {
    expect(() => summariseMonteCarlo(part(0, 10))).toThrow(/only runs 0–9/);
  });
});

describe('shardRange', () => {
  it('covers every run exactly once over the shards, in contiguous blocks', () => {
    for (const [runs, of] of [
      [10, 3],
      [7, 7],
      [1000, 6],
    ] as const) {
      let next = 0;
      for (let i = 1; i <= of; i++) {
        const { from, to } = shardRange(runs, i, of);
        expect(from).toBe(next);
        expect(to).toBeGreaterThan(from);
        next = to;
      }
      expect(next).toBe(runs);
    }
  });
  it('rejects shard numbers outside 1…n and more shards than runs', () => {
    expect(() => shardRange(10, 0, 2)).toThrow(RangeError);
    expect(() => shardRange(10, 3, 2)).toThrow(RangeError);
    expect(() => shardRange(2, 1, 3)).toThrow(RangeError);
  });
});

describe('monteCarlo input checks', () => {
  it('names what is wrong', () => {
    expect(() => monteCarlo(bistableModel, base, { ...options, runs: 0 })).toThrow(/runs must be/);
    expect(() => monteCarlo(bistableModel, base, { ...options, pattern: 'ghost' })).toThrow(/ghost/);
    expect(() => monteCarlo(bistableModel, base, { ...options, variables: ['ghost'] })).toThrow(/ghost/);
    expect(() =>
      monteCarlo(bistableModel, base, {
        ...options,
        spec: { initial: { a: { kind: 'uniform', min: 0, max: 2 } } },
      }),
    ).toThrow(/initial\.a: the bounds/);
  });

  it('refuses a study too large to keep before running any of it', () => {
    // 2 variables × 7 saved months per run: one run more than the limit allows.
    const runs = Math.floor(MAX_MONTE_CARLO_VALUES / 14) + 1;
    expect(() => monteCarloPart(bistableModel, base, { ...options, runs }, 0, 1)).toThrow(
      new RangeError(
        `the study would keep ${runs * 14} values (${runs} runs × 2 variables × 7 saved months), more than ${MAX_MONTE_CARLO_VALUES}; record fewer variables, save less often or split the runs into shards`,
      ),
    );
    expect(() => monteCarloPart(bistableModel, base, { ...options, runs: runs - 1 }, 0, 1)).not.toThrow();
  });
});
