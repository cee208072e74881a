import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findCycles } from './find-cycles.js';

/**
 * Reference enumerator: every simple path from each start node through larger nodes only, closed
 * when it returns to the start. Exponential, but independent of Johnson's blocking logic.
 */
function bruteForceCycles(n: number, successors: readonly (readonly number[])[]): number[][] {
  const out: number[][] = [];
  for (let start = 0; start < n; start++) {
    const path = [start];
    const onPath = new Set(path);
    const walk = (v: number): void => {
      for (const w of new Set(successors[v] ?? [])) {
        if (w === start) out.push([...path]);
        else if (w > start && !onPath.has(w)) {
          path.push(w);
          onPath.add(w);
          walk(w);
          onPath.delete(w);
          path.pop();
        }
      }
    };
    walk(start);
  }
  return out;
}

const key = (cycle: readonly number[]): string => cycle.join('>');
const keys = (cycles: readonly (readonly number[])[]): string[] => cycles.map(key).sort();

/** A random digraph on 1..7 nodes (self-loops and duplicate edges allowed). */
const digraph = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc
    .array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: n + 1 }), {
      minLength: n,
      maxLength: n,
    })
    .map((successors) => ({ n, successors })),
);

describe('findCycles', () => {
  it('finds the same cycles as a brute-force enumerator on random digraphs of up to 7 nodes', () => {
    fc.assert(
      fc.property(digraph, ({ n, successors }) => {
        expect(keys(findCycles(n, successors))).toEqual(keys(bruteForceCycles(n, successors)));
      }),
      { numRuns: 300 },
    );
  });

  it('reports each cycle exactly once, starting at its smallest node, visiting no node twice', () => {
    fc.assert(
      fc.property(digraph, ({ n, successors }) => {
        const cycles = findCycles(n, successors);
        expect(new Set(cycles.map(key)).size).toBe(cycles.length);
        for (const cycle of cycles) {
          expect(cycle[0]).toBe(Math.min(...cycle));
          expect(new Set(cycle).size).toBe(cycle.length);
          cycle.forEach((v, i) => {
            const next = cycle[(i + 1) % cycle.length]!;
            expect(successors[v]).toContain(next);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the one cycle of a triangle', () => {
    expect(findCycles(3, [[1], [2], [0]])).toEqual([[0, 1, 2]]);
  });

  it('finds both loops of a graph made of two disjoint loops', () => {
    expect(keys(findCycles(5, [[1], [0], [3], [4], [2]]))).toEqual(['0>1', '2>3>4']);
  });

  it('counts a self-loop as a cycle of length 1', () => {
    expect(keys(findCycles(2, [[0, 1], [1]]))).toEqual(['0', '1']);
  });

  it('finds the 20 elementary cycles of the complete digraph K4', () => {
    const k4 = [0, 1, 2, 3].map((v) => [0, 1, 2, 3].filter((w) => w !== v));
    const cycles = findCycles(4, k4);
    // 6 two-cycles (C(4,2)·1!), 8 three-cycles (C(4,3)·2!), 6 four-cycles (3!).
    expect(cycles).toHaveLength(20);
    expect(cycles.filter((c) => c.length === 2)).toHaveLength(6);
    expect(cycles.filter((c) => c.length === 3)).toHaveLength(8);
    expect(cycles.filter((c) => c.length === 4)).toHaveLength(6);
  });

  it('ignores duplicate edges and finds nothing in an acyclic graph', () => {
    expect(findCycles(3, [[1, 1], [2, 2], []])).toEqual([]);
    expect(
      findCycles(2, [
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([[0, 1]]);
  });
});
