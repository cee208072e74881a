import { describe, expect, it } from 'vitest';
import { icuNetworkModel as model } from '@samenspel/icu-model';
import { CLEARANCE, GATE_RADIUS, SIGN_SPACING, distance, layoutLinks, layoutModerators } from './geometry.js';
import { boxesOverlap, circleOverlapsBox, placeLabel, placeRegionLabel, type Box } from './labels.js';
import {
  LABEL_FONT,
  NODE_RADIUS,
  NODES,
  PSEUDO_PATH,
  REGION_FONT,
  REGIONS,
  VIEW,
  type NodePlacement,
} from './layout.js';

const variables = [...model.factors, ...model.inputs];
const langs = ['nl', 'en'] as const;
const fonts = [LABEL_FONT.normal, LABEL_FONT.presentation];

function nodeAt(id: string): NodePlacement {
  const at = NODES[id];
  if (at === undefined) throw new Error(`no position for ${id}`);
  return at;
}

function labelBoxes(lang: 'nl' | 'en', font: number): { id: string; box: Box }[] {
  const nodes = variables.map((v) => ({ id: v.id, box: placeLabel(nodeAt(v.id), v.label[lang], font).box }));
  const regions = model.mechanisms.map((m) => {
    const r = REGIONS[m.id];
    if (r === undefined) throw new Error(`no region for ${m.id}`);
    return { id: `region:${m.id}`, box: placeRegionLabel(r.labelAt, m.label[lang], r.wrap, REGION_FONT).box };
  });
  return [...nodes, ...regions];
}

describe('diagram layout', () => {
  it('places the 13 factors and the obligation input, each once', () => {
    expect(model.factors).toHaveLength(13);
    for (const v of variables) expect(NODES[v.id], v.id).toBeDefined();
    expect(Object.keys(NODES).sort()).toEqual(variables.map((v) => v.id).sort());
  });

  it('keeps every node inside the drawing and apart from every other node', () => {
    for (const v of variables) {
      const a = nodeAt(v.id);
      expect(a.x - NODE_RADIUS).toBeGreaterThan(0);
      expect(a.y - NODE_RADIUS).toBeGreaterThan(0);
      expect(a.x + NODE_RADIUS).toBeLessThan(VIEW.width);
      expect(a.y + NODE_RADIUS).toBeLessThan(VIEW.height);
      for (const w of variables) {
        if (w.id <= v.id) continue;
        expect(distance(a, nodeAt(w.id)), `${v.id} / ${w.id}`).toBeGreaterThan(3 * NODE_RADIUS);
      }
    }
  });

  it('has a region for every mechanism, around nodes of that mechanism', () => {
    for (const m of model.mechanisms) {
      const r = REGIONS[m.id];
      expect(r, m.id).toBeDefined();
      for (const id of r?.members ?? []) expect(m.factors, `${m.id} ∋ ${id}`).toContain(id);
    }
  });

  for (const lang of langs)
    for (const font of fonts)
      it(`writes every name (${lang}, font ${String(font)}) inside the drawing, clear of other names and nodes`, () => {
        const boxes = labelBoxes(lang, font);
        const problems: string[] = [];
        for (const { id, box } of boxes)
          if (box.x < 0 || box.y < 0 || box.x + box.width > VIEW.width || box.y + box.height > VIEW.height)
            problems.push(`${id} outside`);
        boxes.forEach((p, i) => {
          for (const q of boxes.slice(i + 1))
            if (boxesOverlap(p.box, q.box, 4)) problems.push(`${p.id} overlaps ${q.id}`);
        });
        for (const { id, box } of boxes)
          for (const v of variables) {
            const a = nodeAt(v.id);
            if (circleOverlapsBox(a.x, a.y, NODE_RADIUS + 3, box)) problems.push(`${id} over node ${v.id}`);
          }
        expect(problems).toEqual([]);
      });

  it('draws every link as a curve that keeps clear of the nodes it does not connect', () => {
    const links = layoutLinks(model);
    expect([...links.keys()].sort()).toEqual(model.links.map((l) => l.id).sort());
    for (const link of model.links) {
      const g = links.get(link.id);
      expect(g?.path, link.id).toMatch(/^M[\d.,-]+Q[\d.,-]+$/);
      expect(g?.arrow, link.id).toMatch(/^M.*Z$/);
      for (const v of variables) {
        if (v.id === link.from || v.id === link.to) continue;
        const c = nodeAt(v.id);
        for (const p of g?.samples ?? [])
          expect(distance(p, c), `${link.id} through ${v.id}`).toBeGreaterThan(NODE_RADIUS + CLEARANCE - 0.5);
      }
      // Starts at the source's rim and ends at the target's rim.
      const a = nodeAt(link.from);
      const b = nodeAt(link.to);
      const first = g?.samples[0] ?? { x: 0, y: 0 };
      expect(distance(first, a)).toBeCloseTo(NODE_RADIUS + 2, 0);
      expect(distance(g?.samples.at(-1) ?? first, b)).toBeGreaterThan(NODE_RADIUS);
    }
  });

  it('bends the two links between the same pair of nodes apart', () => {
    const links = layoutLinks(model);
    const pairs = new Map<string, string[]>();
    for (const l of model.links) {
      const key = [l.from, l.to].sort().join('|');
      pairs.set(key, [...(pairs.get(key) ?? []), l.id]);
    }
    for (const ids of pairs.values()) {
      if (ids.length < 2) continue;
      const [p, q] = ids.map((id) => links.get(id));
      expect(distance(p?.mid ?? { x: 0, y: 0 }, q?.mid ?? { x: 0, y: 0 }), ids.join(' / ')).toBeGreaterThan(
        20,
      );
    }
  });

  it('draws a dashed line for every moderator, clear of the other nodes, with its symbol off the nodes', () => {
    const links = layoutLinks(model);
    const mods = layoutModerators(model, links);
    const expected = model.links.flatMap((l) => (l.moderators ?? []).map((_, j) => `${l.id}#${String(j)}`));
    expect(mods.map((m) => m.id).sort()).toEqual(expected.sort());
    for (const m of mods) {
      for (const v of variables) {
        if (v.id === m.by) continue;
        for (const p of m.samples)
          expect(distance(p, nodeAt(v.id)), `${m.id} through ${v.id}`).toBeGreaterThan(
            NODE_RADIUS + CLEARANCE - 0.5,
          );
      }
    }
    for (const link of model.links) {
      if ((link.moderators ?? []).length === 0) continue;
      const g = links.get(link.id);
      for (const v of variables)
        expect(
          distance(g?.gateAt ?? { x: 0, y: 0 }, nodeAt(v.id)),
          `${link.id} gate near ${v.id}`,
        ).toBeGreaterThan(NODE_RADIUS + GATE_RADIUS + 4);
    }
  });

  it('keeps the sign of every link off the nodes and the names', () => {
    const avoid = langs.flatMap((lang) => labelBoxes(lang, LABEL_FONT.normal).map((b) => b.box));
    const links = layoutLinks(model, avoid);
    const problems: string[] = [];
    for (const g of links.values()) {
      for (const v of variables)
        if (distance(g.signAt, nodeAt(v.id)) < NODE_RADIUS + 8) problems.push(`${g.id} sign on node ${v.id}`);
      for (const lang of langs)
        for (const { id, box } of labelBoxes(lang, LABEL_FONT.normal))
          if (circleOverlapsBox(g.signAt.x, g.signAt.y, 7, box))
            problems.push(`${g.id} sign on ${lang} name ${id}`);
    }
    const all = [...links.values()];
    all.forEach((g, i) => {
      for (const h of all.slice(i + 1))
        if (distance(g.signAt, h.signAt) < SIGN_SPACING) problems.push(`${g.id} sign on ${h.id} sign`);
    });
    expect([...new Set(problems)]).toEqual([]);
  });

  it('names only real links and nodes in the pseudo-collaboration overlay', () => {
    const ids = new Set(model.links.map((l) => l.id));
    for (const id of [...PSEUDO_PATH.links, ...PSEUDO_PATH.skippedLinks]) expect(ids.has(id), id).toBe(true);
    for (const id of [...PSEUDO_PATH.nodes, ...PSEUDO_PATH.skippedNodes]) expect(NODES[id], id).toBeDefined();
    for (const id of PSEUDO_PATH.moderators) expect(ids.has(id.split('#')[0] ?? ''), id).toBe(true);
  });
});
