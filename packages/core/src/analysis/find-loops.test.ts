import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Model } from '../model/model-types.js';
import { modelArb } from '../test-support/arbitraries.js';
import {
  balancingModel,
  buildModel,
  factor,
  link,
  mechanism,
  twoFactorModel,
} from '../test-support/models.js';
import { findLoops } from './find-loops.js';

/** An edge of the influence graph as the model text defines it, with its sign worked out by hand. */
interface OracleEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly sign: 1 | -1;
}

/** Every link, and per moderator an edge from `by` to the target; a damper flips the link's sign. */
function oracleEdges(model: Model): OracleEdge[] {
  return model.links.flatMap((l) => {
    const sign = l.polarity === 'positive' ? 1 : -1;
    return [
      { id: l.id, from: l.from, to: l.to, sign },
      ...(l.moderators ?? []).map((m, j) => ({
        id: `${l.id}#${j}`,
        from: m.by,
        to: l.to,
        sign: (m.effect === 'dampen' ? -sign : sign) as 1 | -1,
      })),
    ];
  });
}

/** Elementary cycles of the edge multigraph by plain DFS, as edge-id lists starting at the first node in model order. */
function bruteForceLoops(model: Model): string[] {
  const order = [...model.factors.map((f) => f.id), ...model.inputs.map((i) => i.id)];
  const rank = new Map(order.map((id, i) => [id, i]));
  const edges = oracleEdges(model);
  const out: string[] = [];
  order.forEach((start, s) => {
    const path: string[] = [];
    const visited = new Set([start]);
    const walk = (v: string): void => {
      for (const e of edges.filter((x) => x.from === v)) {
        if (e.to === start) out.push([...path, e.id].join(','));
        else if ((rank.get(e.to) ?? -1) > s && !visited.has(e.to)) {
          visited.add(e.to);
          path.push(e.id);
          walk(e.to);
          path.pop();
          visited.delete(e.to);
        }
      }
    };
    walk(start);
  });
  return out.sort();
}

describe('findLoops', () => {
  it('finds the single reinforcing loop of two factors that raise each other', () => {
    const loops = findLoops(twoFactorModel);
    expect(loops).toHaveLength(1);
    expect(loops[0]).toMatchObject({
      id: 'L1',
      factors: ['a', 'b'],
      edges: ['a-b', 'b-a'],
      polarity: 'reinforcing',
      mechanisms: ['duo'],
    });
  });

  it('classifies a loop with one negative link as balancing', () => {
    const loops = findLoops(balancingModel);
    expect(loops).toHaveLength(1);
    expect(loops[0]).toMatchObject({ factors: ['a', 'b'], edges: ['a-b', 'b-a'], polarity: 'balancing' });
  });

  it('gives a ring of links the polarity of the product of its link signs', () => {
    const ring = fc.array(fc.boolean(), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(ring, (negative) => {
        const ids = negative.map((_, i) => `f${i}`);
        const model = buildModel({
          factors: ids.map((id) => factor(id)),
          links: ids.map((id, i) =>
            link(`e${i}`, id, ids[(i + 1) % ids.length]!, {
              polarity: negative[i] === true ? 'negative' : 'positive',
            }),
          ),
        });
        const loops = findLoops(model);
        expect(loops).toHaveLength(1);
        const negatives = negative.filter(Boolean).length;
        expect(loops[0]!.polarity).toBe(negatives % 2 === 0 ? 'reinforcing' : 'balancing');
      }),
    );
  });

  it('on random models: finds exactly the elementary cycles of links and moderator edges, each once', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const loops = findLoops(model);
        expect(loops.map((l) => l.edges.join(',')).sort()).toEqual(bruteForceLoops(model));
      }),
      { numRuns: 200 },
    );
  });

  it('on random models: each loop is a closed chain whose polarity is the product of its edge signs', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const edges = new Map(oracleEdges(model).map((e) => [e.id, e]));
        findLoops(model).forEach((loop, i) => {
          expect(loop.id).toBe(`L${i + 1}`);
          expect(loop.edges).toHaveLength(loop.factors.length);
          let sign = 1;
          loop.edges.forEach((id, k) => {
            const e = edges.get(id)!;
            expect(e.from).toBe(loop.factors[k]);
            expect(e.to).toBe(loop.factors[(k + 1) % loop.factors.length]);
            sign *= e.sign;
          });
          expect(loop.polarity).toBe(sign > 0 ? 'reinforcing' : 'balancing');
        });
        const lengths = findLoops(model).map((l) => l.factors.length);
        expect(lengths).toEqual([...lengths].sort((p, q) => p - q));
      }),
      { numRuns: 200 },
    );
  });

  describe('moderator edges', () => {
    // a → b is moderated by c, and b → c closes a loop through the moderator edge c → b.
    const moderated = (effect: 'gate' | 'amplify' | 'dampen') =>
      buildModel({
        factors: [factor('a'), factor('b'), factor('c')],
        links: [
          link('a-b', 'a', 'b', {
            moderators: [
              effect === 'gate'
                ? { effect, by: 'c', threshold: 0.5, steepness: 2 }
                : { effect, by: 'c', strength: 0.5 },
            ],
          }),
          link('b-c', 'b', 'c'),
        ],
      });

    it.each([
      ['gate', 'reinforcing'],
      ['amplify', 'reinforcing'],
      ['dampen', 'balancing'],
    ] as const)('a %s on a positive link adds an edge that makes a %s loop', (effect, polarity) => {
      const loops = findLoops(moderated(effect));
      expect(loops).toHaveLength(1);
      expect(loops[0]).toMatchObject({ factors: ['b', 'c'], edges: ['b-c', 'a-b#0'], polarity });
    });

    it('a dampen on a negative link is a positive influence', () => {
      const model = buildModel({
        factors: [factor('a'), factor('b')],
        links: [
          link('a-b', 'a', 'b', {
            polarity: 'negative',
            moderators: [{ effect: 'dampen', by: 'b', strength: 1 }],
          }),
        ],
      });
      // The moderator edge is a self-loop of b: raising b weakens the erosion of b.
      expect(findLoops(model)).toEqual([
        expect.objectContaining({ factors: ['b'], edges: ['a-b#0'], polarity: 'reinforcing' }),
      ]);
    });
  });

  it('gives parallel links their own loops', () => {
    const model = buildModel({
      factors: [factor('a'), factor('b')],
      links: [link('ab1', 'a', 'b'), link('ab2', 'a', 'b', { polarity: 'negative' }), link('ba', 'b', 'a')],
    });
    const loops = findLoops(model);
    expect(loops.map((l) => [l.factors.join(','), l.edges.join(','), l.polarity])).toEqual([
      ['a,b', 'ab1,ba', 'reinforcing'],
      ['a,b', 'ab2,ba', 'balancing'],
    ]);
  });

  it('starts each loop at the factor listed first in the model and orders loops by length', () => {
    const model = buildModel({
      factors: [factor('c'), factor('a'), factor('b')],
      links: [link('a-b', 'a', 'b'), link('b-c', 'b', 'c'), link('c-a', 'c', 'a'), link('self', 'b', 'b')],
    });
    const loops = findLoops(model);
    expect(loops.map((l) => [l.id, l.factors.join(',')])).toEqual([
      ['L1', 'b'],
      ['L2', 'c,a,b'],
    ]);
    expect(loops[1]!.edges).toEqual(['c-a', 'a-b', 'b-c']);
  });

  it('names the mechanisms that hold both ends of one of the loop edges', () => {
    const model = buildModel({
      mechanisms: [mechanism('left', ['a', 'b']), mechanism('right', ['c']), mechanism('far', ['d'])],
      factors: [factor('a'), factor('b'), factor('c'), factor('d')],
      links: [link('a-b', 'a', 'b'), link('b-c', 'b', 'c'), link('c-a', 'c', 'a')],
    });
    expect(findLoops(model)[0]!.mechanisms).toEqual(['left']);
  });

  it('returns the same loops, with the same ids, on every call; cached per model object', () => {
    const first = findLoops(twoFactorModel);
    expect(findLoops(twoFactorModel)).toBe(first);
    fc.assert(
      fc.property(modelArb, (model) => {
        expect(findLoops(structuredClone(model))).toEqual(findLoops(model));
      }),
      { numRuns: 50 },
    );
  });
});
