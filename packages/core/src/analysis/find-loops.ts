import type { Model } from '../model/model-types.js';
import { findCycles } from './find-cycles.js';
import { influenceEdges, type InfluenceEdge } from './loop-graph.js';

/** A feedback loop of a model. */
export interface Loop {
  /** Stable id within the model (`L1`, `L2`, … ordered by length, then by factor order). */
  readonly id: string;
  /** Factor ids in cycle order, starting with the one listed first in the model. */
  readonly factors: readonly string[];
  /** Edge ids in cycle order (`factors[i]` → `factors[i+1]`); see {@link InfluenceEdge}. */
  readonly edges: readonly string[];
  /** `reinforcing` when the product of the edge signs is positive, else `balancing`. */
  readonly polarity: 'reinforcing' | 'balancing';
  /** Mechanisms the loop passes through: those that hold both ends of at least one of its edges. */
  readonly mechanisms: readonly string[];
}

const cache = new WeakMap<Model, readonly Loop[]>();

/**
 * Enumerates every elementary feedback loop of a model's influence graph (links plus moderator
 * influences), classifies it as reinforcing or balancing from its edge signs, and names the
 * mechanisms it passes through. Where two nodes are joined by several edges, each combination is a
 * loop of its own. Cached per model.
 */
export function findLoops(model: Model): readonly Loop[] {
  const hit = cache.get(model);
  if (hit !== undefined) return hit;
  const ids = [...model.factors.map((f) => f.id), ...model.inputs.map((i) => i.id)];
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = influenceEdges(model);
  const between = new Map<string, InfluenceEdge[]>();
  const successors = ids.map(() => [] as number[]);
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined) continue;
    successors[a]?.push(b);
    const key = `${String(a)}>${String(b)}`;
    between.set(key, [...(between.get(key) ?? []), e]);
  }
  const raw: { nodes: number[]; edges: InfluenceEdge[] }[] = [];
  for (const cycle of findCycles(ids.length, successors)) {
    let combos: InfluenceEdge[][] = [[]];
    cycle.forEach((a, i) => {
      const b = cycle[(i + 1) % cycle.length] ?? a;
      const options = between.get(`${String(a)}>${String(b)}`) ?? [];
      combos = combos.flatMap((c) => options.map((o) => [...c, o]));
    });
    for (const c of combos) raw.push({ nodes: cycle, edges: c });
  }
  raw.sort(
    (p, q) =>
      p.nodes.length - q.nodes.length ||
      compareSeq(p.nodes, q.nodes) ||
      compareStr(
        p.edges.map((e) => e.id),
        q.edges.map((e) => e.id),
      ),
  );
  const loops = raw.map(({ nodes, edges: es }, i) => {
    const factors = nodes.map((n) => ids[n] ?? '');
    const sign = es.reduce((s, e) => s * e.sign, 1);
    return {
      id: `L${String(i + 1)}`,
      factors,
      edges: es.map((e) => e.id),
      polarity: sign > 0 ? ('reinforcing' as const) : ('balancing' as const),
      mechanisms: mechanismsOf(model, factors),
    };
  });
  cache.set(model, loops);
  return loops;
}

function mechanismsOf(model: Model, factors: readonly string[]): string[] {
  const onEdge = model.mechanisms.filter((m) =>
    factors.some((a, i) => {
      const b = factors[(i + 1) % factors.length] ?? a;
      return m.factors.includes(a) && m.factors.includes(b);
    }),
  );
  const chosen =
    onEdge.length > 0 ? onEdge : model.mechanisms.filter((m) => factors.some((f) => m.factors.includes(f)));
  return chosen.map((m) => m.id);
}

function compareSeq(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}

function compareStr(a: readonly string[], b: readonly string[]): number {
  return a.join(',') < b.join(',') ? -1 : a.join(',') > b.join(',') ? 1 : 0;
}
