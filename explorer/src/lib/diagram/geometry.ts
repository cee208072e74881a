import { path as d3path, polygonHull } from 'd3';
import type { Model } from '@samenspel/core';
import { circleOverlapsBox, type Box } from './labels.js';
import { LINK_HINTS, NODE_RADIUS, NODES, VIEW, type LinkHint, type NodePlacement } from './layout.js';

/** A point (viewBox units). */
export interface Point {
  /** x. */
  readonly x: number;
  /** y. */
  readonly y: number;
}

/** A quadratic Bézier curve: start, control point, end. */
export interface Quad {
  /** Start. */
  readonly a: Point;
  /** Control point. */
  readonly c: Point;
  /** End. */
  readonly b: Point;
}

/** Everything needed to draw one link. */
export interface LinkGeometry {
  /** Link id. */
  readonly id: string;
  /** Bend used (share of the length; positive bends to the right of the direction). */
  readonly curvature: number;
  /** The curve from the source's rim to the base of the arrowhead. */
  readonly curve: Quad;
  /** SVG path of the curve. */
  readonly path: string;
  /** SVG path of the arrowhead (a closed triangle whose tip touches the target's rim). */
  readonly arrow: string;
  /** Where the sign (+ or −) is written, near the arrowhead, beside the link. */
  readonly signAt: Point;
  /** Middle of the curve, for the delay bars and the change mark. */
  readonly mid: Point;
  /** Direction of the curve at its middle (radians). */
  readonly midAngle: number;
  /** Unit normal at the middle, pointing to the outside of the bend. */
  readonly midNormal: Point;
  /** Where a moderated link shows its gate or damper symbol. */
  readonly gateAt: Point;
  /** Direction of the curve at the gate (radians). */
  readonly gateAngle: number;
  /** SVG path of the part of the curve from the gate to the arrowhead (highlighted for moderator edges). */
  readonly tail: string;
  /** Points along the curve (for checks). */
  readonly samples: readonly Point[];
}

/** Everything needed to draw a moderator's dashed line to the link it conditions. */
export interface ModeratorGeometry {
  /** Influence-edge id: `<linkId>#<moderatorIndex>`. */
  readonly id: string;
  /** The link it conditions. */
  readonly link: string;
  /** Moderating factor or input. */
  readonly by: string;
  /** Kind of moderator. */
  readonly effect: 'gate' | 'amplify' | 'dampen';
  /** SVG path from the moderator's rim to the gate symbol. */
  readonly path: string;
  /** Points along the line (for checks). */
  readonly samples: readonly Point[];
}

/** Length of an arrowhead. */
export const ARROW_LENGTH = 15;
/** Half of an arrowhead's width. */
export const ARROW_HALF_WIDTH = 7;
/** Radius of a gate or damper symbol. */
export const GATE_RADIUS = 9;
/** Smallest distance between the sign marks of two links. */
export const SIGN_SPACING = 17;
/** How far a link stays from nodes it does not connect (beyond their radius). */
export const CLEARANCE = 8;

/** Point at t on a quadratic Bézier curve. */
export function pointAt(q: Quad, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * q.a.x + 2 * u * t * q.c.x + t * t * q.b.x,
    y: u * u * q.a.y + 2 * u * t * q.c.y + t * t * q.b.y,
  };
}

/** Derivative at t of a quadratic Bézier curve. */
export function tangentAt(q: Quad, t: number): Point {
  return {
    x: 2 * ((1 - t) * (q.c.x - q.a.x) + t * (q.b.x - q.c.x)),
    y: 2 * ((1 - t) * (q.c.y - q.a.y) + t * (q.b.y - q.c.y)),
  };
}

/** The part of a quadratic Bézier curve between t0 and t1, as a curve of its own. */
export function subCurve(q: Quad, t0: number, t1: number): Quad {
  const a = pointAt(q, t0);
  const b = pointAt(q, t1);
  const d = tangentAt(q, t0);
  const h = (t1 - t0) / 2;
  return { a, b, c: { x: a.x + h * d.x, y: a.y + h * d.y } };
}

/** Distance between two points. */
export function distance(p: Point, q: Point): number {
  return Math.hypot(p.x - q.x, p.y - q.y);
}

function unit(p: Point): Point {
  const len = Math.hypot(p.x, p.y) || 1;
  return { x: p.x / len, y: p.y / len };
}

/** SVG path of a quadratic curve (built with d3-path). */
export function quadPath(q: Quad): string {
  const p = d3path();
  p.moveTo(round(q.a.x), round(q.a.y));
  p.quadraticCurveTo(round(q.c.x), round(q.c.y), round(q.b.x), round(q.b.y));
  return p.toString();
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * The curve from `from` to `to` bent by `curvature` (share of the distance; positive bends to the
 * right of the direction of travel, so a pair of opposite links bends apart).
 */
export function bentCurve(from: Point, to: Point, curvature: number): Quad {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  // Right-hand normal in SVG coordinates (y grows downwards).
  const n = { x: -dy / len, y: dx / len };
  const k = curvature * len;
  return { a: from, b: to, c: { x: (from.x + to.x) / 2 + n.x * k, y: (from.y + to.y) / 2 + n.y * k } };
}

/**
 * The t at which a curve is `radius` away from `centre`, searching from `inside` (within the
 * radius) towards `outside`. The curve's distance from the centre is assumed to grow monotonically
 * between the two, as it does near a node.
 */
function crossing(q: Quad, centre: Point, radius: number, inside: number, outside: number): number {
  let lo = inside;
  let hi = outside;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (distance(pointAt(q, mid), centre) < radius) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Samples `n + 1` points of a curve. */
export function sample(q: Quad, n = 32): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => pointAt(q, i / n));
}

/** The curve of a link trimmed to the rims of its nodes, with arrowhead, sign and gate positions. */
export function linkGeometry(
  id: string,
  from: Point,
  to: Point,
  curvature: number,
  gateAt = 0.5,
  signSide: 1 | -1 = 1,
  radius = NODE_RADIUS,
): LinkGeometry {
  const full = bentCurve(from, to, curvature);
  const t0 = crossing(full, from, radius + 2, 0, 0.5);
  const tTip = crossing(full, to, radius + 2, 1, 0.5);
  const tip = pointAt(full, tTip);
  const tBase = crossing(full, tip, ARROW_LENGTH * 0.8, tTip, t0);
  const curve = subCurve(full, t0, tBase);
  const dir = unit(tangentAt(full, tTip));
  const perp = { x: -dir.y, y: dir.x };
  const back = { x: tip.x - dir.x * ARROW_LENGTH, y: tip.y - dir.y * ARROW_LENGTH };
  const arrow = d3path();
  arrow.moveTo(round(tip.x), round(tip.y));
  arrow.lineTo(round(back.x + perp.x * ARROW_HALF_WIDTH), round(back.y + perp.y * ARROW_HALF_WIDTH));
  arrow.lineTo(round(back.x - perp.x * ARROW_HALF_WIDTH), round(back.y - perp.y * ARROW_HALF_WIDTH));
  arrow.closePath();

  // Outside of the bend: the side the control point lies on (right of travel for positive bends).
  const side = curvature >= 0 ? 1 : -1;
  const tSign = crossing(full, tip, ARROW_LENGTH + 13, tTip, t0);
  const signBase = pointAt(full, tSign);
  const signDir = unit(tangentAt(full, tSign));
  const off = 12 * side * signSide;
  const signAt = { x: signBase.x - signDir.y * off, y: signBase.y + signDir.x * off };

  const mid = pointAt(curve, 0.5);
  const midDir = unit(tangentAt(curve, 0.5));
  const gate = pointAt(curve, gateAt);
  const gateDir = tangentAt(curve, gateAt);
  return {
    id,
    curvature,
    curve,
    path: quadPath(curve),
    arrow: arrow.toString(),
    signAt,
    mid,
    midAngle: Math.atan2(midDir.y, midDir.x),
    midNormal: { x: -midDir.y * side, y: midDir.x * side },
    gateAt: gate,
    gateAngle: Math.atan2(gateDir.y, gateDir.x),
    tail: quadPath(subCurve(curve, gateAt, 1)),
    samples: sample(curve),
  };
}

/** The positions of a model's factors and inputs (throws when the layout lacks one). */
export function nodePositions(model: Model, nodes = NODES): Map<string, NodePlacement> {
  const out = new Map<string, NodePlacement>();
  for (const v of [...model.factors, ...model.inputs]) {
    const at = nodes[v.id];
    if (at === undefined) throw new Error(`the diagram layout has no position for ${v.id}`);
    out.set(v.id, at);
  }
  return out;
}

/** Smallest distance from a set of points to a node other than the excluded ones (beyond its radius). */
function intrusion(
  samples: readonly Point[],
  nodes: ReadonlyMap<string, Point>,
  exclude: readonly string[],
  clearance: number,
): number {
  let worst = 0;
  for (const [id, c] of nodes) {
    if (exclude.includes(id)) continue;
    for (const p of samples) worst = Math.max(worst, NODE_RADIUS + clearance - distance(p, c));
  }
  return worst;
}

/** How far points stray outside the drawing (0 when all are inside, with a margin). */
function outside(samples: readonly Point[], margin = 12): number {
  let worst = 0;
  for (const p of samples)
    worst = Math.max(
      worst,
      margin - p.x,
      margin - p.y,
      p.x - (VIEW.width - margin),
      p.y - (VIEW.height - margin),
    );
  return worst;
}

/** How many of the inner points run within a few units of an already placed link (links should not merge). */
function closeness(samples: readonly Point[], placed: Iterable<LinkGeometry>): number {
  let hits = 0;
  const inner = samples.slice(3, -3);
  for (const other of placed) {
    const theirs = other.samples.slice(3, -3);
    for (const p of inner) if (theirs.some((q) => distance(p, q) < 9)) hits++;
  }
  return hits;
}

function labelHits(samples: readonly Point[], boxes: readonly Box[]): number {
  let hits = 0;
  for (const p of samples)
    for (const b of boxes) if (p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height) hits++;
  return hits;
}

const CANDIDATES = [0.06, 0.12, 0.2, 0.28, 0.36, 0.45, -0.06, -0.12, -0.2, -0.28, -0.36, -0.45];

/**
 * Lays out every link of a model: a curve from source to target that keeps clear of the other nodes
 * (and, where it can, of the names in `avoid`). The bend comes from {@link LINK_HINTS} when given;
 * otherwise the gentlest candidate bend that clears the nodes is chosen, deterministically, so the
 * picture is the same every time. Opposite links between two nodes bend apart.
 */
export function layoutLinks(
  model: Model,
  avoid: readonly Box[] = [],
  nodes = NODES,
  hints: Readonly<Record<string, LinkHint>> = LINK_HINTS,
): Map<string, LinkGeometry> {
  const at = nodePositions(model, nodes);
  const out = new Map<string, LinkGeometry>();
  const place = (id: string, k: number, signSide: 1 | -1): { g: LinkGeometry; score: number } => {
    const link = model.links.find((l) => l.id === id);
    const from = link === undefined ? undefined : at.get(link.from);
    const to = link === undefined ? undefined : at.get(link.to);
    if (link === undefined || from === undefined || to === undefined)
      throw new Error(`link ${id} has no layout`);
    const g = linkGeometry(id, from, to, k, hints[id]?.gateAt ?? 0.5, signSide);
    const hard = intrusion(g.samples, at, [link.from, link.to], CLEARANCE) + outside(g.samples);
    const signHit =
      (avoid.some((b) => circleOverlapsBox(g.signAt.x, g.signAt.y, 9, b)) ? 200 : 0) +
      ([...out.values()].some((o) => distance(o.signAt, g.signAt) < SIGN_SPACING) ? 200 : 0);
    const score =
      (hard > 0 ? 1000 + hard : 0) +
      signHit +
      closeness(g.samples, out.values()) * 3 +
      labelHits(g.samples, avoid) * 2 +
      Math.abs(k) * 10 +
      (signSide === 1 ? 0 : 0.5);
    return { g, score };
  };
  for (const link of model.links) {
    if (out.has(link.id)) continue;
    const hint = hints[link.id]?.curvature;
    // Opposite links between the same two nodes get the same bend, so they bow apart.
    const partners = model.links.filter(
      (l) => l.from === link.to && l.to === link.from && hints[l.id] === undefined,
    );
    const group = hint === undefined ? [link, ...partners] : [link];
    const candidates =
      hint !== undefined
        ? [hint]
        : partners.length > 0
          ? CANDIDATES.filter((k) => Math.abs(k) >= 0.12)
          : CANDIDATES;
    let best: LinkGeometry[] = [];
    let bestScore = Number.POSITIVE_INFINITY;
    for (const k of candidates)
      for (const side of [1, -1] as const) {
        const placed = group.map((l) => place(l.id, k, side));
        const score = placed.reduce((sum, p) => sum + p.score, 0);
        if (score < bestScore) {
          bestScore = score;
          best = placed.map((p) => p.g);
        }
      }
    for (const g of best) out.set(g.id, g);
  }
  return out;
}

/**
 * Lays out the dashed line of every moderator: from the moderating node to the gate or damper
 * symbol on the link it conditions, bent as little as possible while clearing the other nodes.
 */
export function layoutModerators(
  model: Model,
  links: ReadonlyMap<string, LinkGeometry>,
  avoid: readonly Box[] = [],
  nodes = NODES,
): ModeratorGeometry[] {
  const at = nodePositions(model, nodes);
  const out: ModeratorGeometry[] = [];
  for (const link of model.links) {
    const g = links.get(link.id);
    if (g === undefined) continue;
    (link.moderators ?? []).forEach((m, j) => {
      const from = at.get(m.by);
      if (from === undefined) throw new Error(`moderator ${link.id}#${String(j)} has no layout`);
      let best: ModeratorGeometry | undefined;
      let bestScore = Number.POSITIVE_INFINITY;
      for (const k of [0, ...CANDIDATES]) {
        const full = bentCurve(from, g.gateAt, k);
        const t0 = crossing(full, from, NODE_RADIUS + 2, 0, 0.5);
        const t1 = crossing(full, g.gateAt, GATE_RADIUS + 2, 1, 0.5);
        const curve = subCurve(full, t0, t1);
        const samples = sample(curve);
        const hard = intrusion(samples, at, [m.by], CLEARANCE) + outside(samples);
        const score = (hard > 0 ? 1000 + hard : 0) + labelHits(samples, avoid) + Math.abs(k) * 10;
        if (score < bestScore) {
          bestScore = score;
          best = {
            id: `${link.id}#${String(j)}`,
            link: link.id,
            by: m.by,
            effect: m.effect,
            path: quadPath(curve),
            samples,
          };
        }
      }
      if (best !== undefined) out.push(best);
    });
  }
  return out;
}

/**
 * The outline of a mechanism region: the hull of its members' centres. Drawn with a wide round
 * stroke of the region's padding it becomes a soft, rounded area around them.
 */
export function regionPath(points: readonly Point[]): string {
  const hull = points.length >= 3 ? polygonHull(points.map((p) => [p.x, p.y] as [number, number])) : null;
  const corners = hull ?? points.map((p) => [p.x, p.y] as [number, number]);
  const p = d3path();
  corners.forEach(([x, y], i) => {
    if (i === 0) p.moveTo(round(x), round(y));
    else p.lineTo(round(x), round(y));
  });
  if (corners.length > 2) p.closePath();
  return p.toString();
}

/** SVG path of a gate symbol (a valve: two triangles meeting at the link) centred on 0,0 along +x. */
export function gateSymbolPath(size = GATE_RADIUS): string {
  const s = size;
  const p = d3path();
  p.moveTo(-s, -s * 0.8);
  p.lineTo(s, s * 0.8);
  p.lineTo(s, -s * 0.8);
  p.lineTo(-s, s * 0.8);
  p.closePath();
  return p.toString();
}
