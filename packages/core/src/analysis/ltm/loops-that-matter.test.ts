import { describe, expect, it } from 'vitest';
import { compileGraph, type LtmGraph } from './graph.js';
import { runGraph } from './graph-run.js';
import { loopsThatMatter } from './loops-that-matter.js';

/** Population P with births = b·P (inflow) and deaths = d·P^p / K^(p−1) (outflow). */
function population(b: number, d: number, exponent: number, K: number, initial: number): LtmGraph {
  return {
    nodes: [
      { kind: 'stock', id: 'P', initial, inflows: ['births'], outflows: ['deaths'] },
      { kind: 'variable', id: 'births', inputs: ['P'], equation: ([p = 0]) => b * p },
      {
        kind: 'variable',
        id: 'deaths',
        inputs: ['P'],
        equation: ([p = 0]) => (d * p ** exponent) / K ** (exponent - 1),
      },
    ],
  };
}

const loopNamed = (g: ReturnType<typeof compileGraph>, via: string) => {
  const target = g.index.get(via);
  return (l: { nodes: readonly number[] }) => l.nodes.includes(target ?? -1);
};

describe('loopsThatMatter on textbook models', () => {
  it('linear population (births 0.1·P, deaths 0.04·P): relative scores constant at b/(b+d) and −d/(b+d)', () => {
    // Analytically: Δbirths = bΔP, Δdeaths = dΔP, Δnet = (b − d)ΔP, so the births loop scores
    // 1 · b/|b − d| and the deaths loop 1 · (−d/|b − d|); relative b/(b+d) = 5/7, −d/(b+d) = −2/7.
    const g = compileGraph(population(0.1, 0.04, 1, 1, 10));
    const s = loopsThatMatter(g, runGraph(g, 0.5, 100));
    expect(s.loops).toHaveLength(2);
    const births = s.loops.findIndex(loopNamed(g, 'births'));
    const deaths = s.loops.findIndex(loopNamed(g, 'deaths'));
    for (let k = 0; k < s.time.length; k++) {
      expect(s.loopScores[births]?.[k]).toBeCloseTo(0.1 / 0.06, 9);
      expect(s.loopScores[deaths]?.[k]).toBeCloseTo(-0.04 / 0.06, 9);
      expect(s.relative[births]?.[k]).toBeCloseTo(5 / 7, 12);
      expect(s.relative[deaths]?.[k]).toBeCloseTo(-2 / 7, 12);
    }
  });

  it('logistic population: the births loop dominates below K/2, the crowding loop above, switching at P = K/2', () => {
    // births = r·P, deaths = r·P²/K. Between two steps with populations P₀ and P₁ (S = P₀ + P₁),
    // Δdeaths = (r/K)·S·ΔP, so the births loop scores 1/|1 − S/K| and the deaths loop
    // −(S/K)/|1 − S/K|: relative births score 1/(1 + S/K), exactly. It equals 1/2 where the mean
    // population of the step is K/2, the inflection point of the S-curve.
    const r = 0.2;
    const K = 1000;
    const g = compileGraph(population(r, r, 2, K, 10));
    const run = runGraph(g, 0.25, 400);
    const s = loopsThatMatter(g, run);
    const births = s.loops.findIndex(loopNamed(g, 'births'));
    const deaths = s.loops.findIndex(loopNamed(g, 'deaths'));
    const P = run.values[g.index.get('P') ?? 0] as Float64Array;
    let switched = -1;
    for (let k = 0; k < s.time.length; k++) {
      const S = (P[k] ?? 0) + (P[k + 1] ?? 0);
      const rb = s.relative[births]?.[k] ?? 0;
      // Close to equilibrium the changes shrink towards rounding noise; compare while they are large.
      if ((P[k + 1] ?? 0) - (P[k] ?? 0) < 1e-6 * K) break;
      expect(rb).toBeCloseTo(1 / (1 + S / K), 9);
      expect(s.relative[deaths]?.[k]).toBeCloseTo(-(S / K) / (1 + S / K), 9);
      if (switched < 0 && Math.abs(s.relative[deaths]?.[k] ?? 0) > rb) switched = k;
    }
    // The first interval in which the balancing loop dominates is the one whose mean population
    // first exceeds K/2.
    expect(switched).toBeGreaterThan(0);
    expect(((P[switched] ?? 0) + (P[switched + 1] ?? 0)) / 2).toBeGreaterThan(K / 2);
    expect(((P[switched - 1] ?? 0) + (P[switched] ?? 0)) / 2).toBeLessThanOrEqual(K / 2);
  });

  it('scores an auxiliary link by the partial change: z = x·y with x 2→3, y 5→7 gives x→z 5/11 and y→z 4/11', () => {
    // z goes from 10 to 21 (Δz = 11). x alone: 3·5 − 2·5 = 5; y alone: 2·7 − 2·5 = 4.
    // Link scores: x→z = 5/11, y→z = 4/11 (both positive).
    const xs = [2, 3];
    const ys = [5, 7];
    const graph: LtmGraph = {
      nodes: [
        { kind: 'variable', id: 'x', inputs: [], equation: (_, t) => xs[t] ?? 0 },
        { kind: 'variable', id: 'y', inputs: [], equation: (_, t) => ys[t] ?? 0 },
        { kind: 'variable', id: 'z', inputs: ['x', 'y'], equation: ([x = 0, y = 0]) => x * y },
      ],
    };
    const g = compileGraph(graph);
    const s = loopsThatMatter(g, runGraph(g, 1, 1));
    const score = (from: string) =>
      s.linkScores[g.edges.findIndex((e) => e.from === g.index.get(from) && e.to === g.index.get('z'))]?.[0];
    expect(score('x')).toBeCloseTo(5 / 11, 14);
    expect(score('y')).toBeCloseTo(4 / 11, 14);
  });

  it('gives a negative link score where a rise of the input lowers the variable', () => {
    const xs = [1, 2];
    const g = compileGraph({
      nodes: [
        { kind: 'variable', id: 'x', inputs: [], equation: (_, t) => xs[t] ?? 0 },
        { kind: 'variable', id: 'z', inputs: ['x'], equation: ([x = 0]) => 10 - 3 * x },
      ],
    });
    const s = loopsThatMatter(g, runGraph(g, 1, 1));
    expect(s.linkScores[0]?.[0]).toBe(-1);
  });

  it('scores nothing (0) where nothing changes, and relative scores of a still run are 0', () => {
    const g = compileGraph(population(0.1, 0.1, 1, 1, 5));
    const s = loopsThatMatter(g, runGraph(g, 1, 5));
    s.loopScores.forEach((l) => l.forEach((v) => expect(v).toBe(0)));
    s.relative.forEach((l) => l.forEach((v) => expect(v).toBe(0)));
  });
});

describe('compileGraph', () => {
  it('refuses unknown ids, duplicates, stocks as flows and variable cycles, naming the node', () => {
    const v = (id: string, inputs: string[]) => ({
      kind: 'variable' as const,
      id,
      inputs,
      equation: () => 0,
    });
    expect(() => compileGraph({ nodes: [v('a', ['b'])] })).toThrow(/node 'a': unknown input 'b'/);
    expect(() => compileGraph({ nodes: [v('a', []), v('a', [])] })).toThrow(/duplicate node id 'a'/);
    expect(() => compileGraph({ nodes: [v('a', []), v('b', ['a', 'a'])] })).toThrow(
      /node 'b': 'a' is listed twice/,
    );
    expect(() =>
      compileGraph({ nodes: [{ kind: 'stock', id: 's', initial: 0, inflows: ['s'], outflows: [] }] }),
    ).toThrow(/flow 's' is a stock/);
    expect(() => compileGraph({ nodes: [v('a', ['b']), v('b', ['a'])] })).toThrow(
      /without a stock: a → b → a/,
    );
  });
});
