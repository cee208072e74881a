import { describe, expect, it } from 'vitest';
import { findLoops } from '@samenspel/core';
import { icuNetworkModel as model } from '@samenspel/icu-model';
import { layoutLinks, layoutModerators } from './geometry.js';
import { loopLabel, loopParts, strongestLoops, type LoopLike } from './loops.js';

const names: Record<string, string> = { a: 'A', b: 'B', c: 'C' };
const name = (id: string): string => names[id] ?? id;

describe('loopLabel', () => {
  it('names a loop by its factors in cycle order, back to the first', () => {
    const loop: LoopLike = { id: 'L1', factors: ['a', 'b', 'c'], edges: [], polarity: 'reinforcing' };
    expect(loopLabel(loop, name)).toBe('A → B → C → A');
  });

  it('uses the model texts in the chosen language', () => {
    const loop = findLoops(model)[0];
    if (loop === undefined) throw new Error('no loops');
    const label = (lang: 'nl' | 'en'): string =>
      loopLabel(loop, (id) => model.factors.find((f) => f.id === id)?.label[lang] ?? id);
    expect(label('nl')).not.toBe(label('en'));
    expect(label('nl').split(' → ')).toHaveLength(loop.factors.length + 1);
  });
});

describe('loopParts', () => {
  it('splits links from moderator edges and marks the tail of a moderated link', () => {
    const parts = loopParts({
      id: 'L9',
      factors: ['trust', 'collectiveIntelligence', 'operationalisingCollaboration'],
      edges: ['x-y', 'seekingEachOtherOut-collectiveIntelligence#0', 'z'],
      polarity: 'reinforcing',
    });
    expect([...parts.links]).toEqual(['x-y', 'z']);
    expect([...parts.moderators]).toEqual(['seekingEachOtherOut-collectiveIntelligence#0']);
    expect([...parts.tails]).toEqual(['seekingEachOtherOut-collectiveIntelligence']);
    expect(parts.nodes.has('trust')).toBe(true);
  });

  it('finds a drawn link or moderator line for every edge of every loop of the model', () => {
    const links = layoutLinks(model);
    const mods = new Set(layoutModerators(model, links).map((m) => m.id));
    for (const loop of findLoops(model)) {
      const parts = loopParts(loop);
      for (const id of parts.links) expect(links.has(id), `${loop.id}: ${id}`).toBe(true);
      for (const id of parts.moderators) expect(mods.has(id), `${loop.id}: ${id}`).toBe(true);
    }
  });
});

describe('strongestLoops', () => {
  const loops: LoopLike[] = [
    { id: 'L1', factors: [], edges: [], polarity: 'reinforcing', strength: [0, 0.1] },
    { id: 'L2', factors: [], edges: [], polarity: 'reinforcing', strength: [0.3, 0.05] },
    { id: 'L3', factors: [], edges: [], polarity: 'balancing', strength: [-0.5, 0] },
    { id: 'L4', factors: [], edges: [], polarity: 'reinforcing' },
  ];

  it('orders by the size of the strength at that time and leaves out loops carrying nothing', () => {
    expect(strongestLoops(loops, 0, 5).map((l) => l.id)).toEqual(['L3', 'L2']);
    expect(strongestLoops(loops, 1, 1).map((l) => l.id)).toEqual(['L1']);
  });
});
