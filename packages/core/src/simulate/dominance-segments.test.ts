import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Loop } from '../analysis/find-loops.js';
import { dominanceSegments, groupedDominanceSegments } from './dominance-segments.js';

const loop = (i: number): Loop => ({
  id: `L${String(i + 1)}`,
  factors: ['a'],
  edges: ['e'],
  polarity: 'reinforcing',
  mechanisms: [],
});

describe('groupedDominanceSegments', () => {
  it('gives every group the same stretches as a separate dominanceSegments pass', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((nLoops) =>
          fc.record({
            nLoops: fc.constant(nLoops),
            strengths: fc.array(
              fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 8, maxLength: 8 }),
              { minLength: nLoops, maxLength: nLoops },
            ),
            groups: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: nLoops - 1 })), {
              minLength: 1,
              maxLength: 4,
            }),
          }),
        ),
        ({ nLoops, strengths, groups }) => {
          const time = Float64Array.from({ length: 8 }, (_, i) => i * 0.5);
          const loops = Array.from({ length: nLoops }, (_, i) => loop(i));
          const s = strengths.map((row) => Float64Array.from(row));
          const grouped = groupedDominanceSegments(time, loops, s, groups);
          groups.forEach((members, g) => {
            const ids = new Set(members.map((i) => loops[i]?.id));
            expect(grouped[g]).toEqual(dominanceSegments(time, loops, s, (l) => ids.has(l.id)));
          });
        },
      ),
    );
  });
});
