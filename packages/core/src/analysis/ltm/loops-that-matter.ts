import { findCycles } from '../find-cycles.js';
import type { CompiledGraph, LtmEdge, LtmVariable } from './graph.js';
import type { GraphRun } from './graph-run.js';

/** A feedback loop of a graph: a cycle of nodes with the edges between them. */
export interface GraphLoop {
  /** Node indices in cycle order, starting with the smallest. */
  readonly nodes: readonly number[];
  /** Edge indices (into `CompiledGraph.edges`), `nodes[i]` → `nodes[i + 1]`. */
  readonly edges: readonly number[];
}

/** Link and loop scores of a run by the Loops That Matter method. */
export interface LtmScores {
  /**
   * The end times of the intervals the scores describe: `time[k]` is the run's time k + 1, and the
   * scores at k describe the change from the run's time k to time k + 1. One shorter than the run.
   */
  readonly time: Float64Array;
  /** Per edge (`CompiledGraph.edges` order): its link score per interval (dimensionless). */
  readonly linkScores: readonly Float64Array[];
  /** Every feedback loop of the graph (Johnson's algorithm), shortest first. */
  readonly loops: readonly GraphLoop[];
  /** Per loop: its loop score, the product of its link scores, per interval. */
  readonly loopScores: readonly Float64Array[];
  /**
   * Per loop: its relative loop score, loop score / Σ |loop scores| over all loops, in [−1, 1];
   * positive for a loop acting as reinforcing, negative for one acting as balancing. 0 where
   * every loop score is 0.
   */
  readonly relative: readonly Float64Array[];
}

/**
 * A change counts as none when it is this small relative to the values it is the difference of: then
 * the ratio of two such changes is rounding noise, and the link score is taken as 0.
 */
export const LTM_RELATIVE_EPSILON = 1e-12;

const isNone = (delta: number, a: number, b: number): boolean =>
  Math.abs(delta) <= LTM_RELATIVE_EPSILON * (Math.abs(a) + Math.abs(b)) || delta === 0;

/** Every feedback loop of a compiled graph, with its edges, shortest first. */
export function graphLoops(g: CompiledGraph): GraphLoop[] {
  const successors = g.ids.map(() => [] as number[]);
  const edgeAt = new Map<string, number>();
  g.edges.forEach((e, k) => {
    successors[e.from]?.push(e.to);
    edgeAt.set(`${String(e.from)}>${String(e.to)}`, k);
  });
  return findCycles(g.ids.length, successors)
    .map((nodes) => ({
      nodes,
      edges: nodes.map(
        (a, i) => edgeAt.get(`${String(a)}>${String(nodes[(i + 1) % nodes.length] ?? a)}`) ?? -1,
      ),
    }))
    .sort((p, q) => p.nodes.length - q.nodes.length);
}

/**
 * Computes link scores, loop scores and relative loop scores over a run, after Schoenberg, Davidsen
 * and Eberlein (2020), "Understanding model behavior using the Loops that Matter method", System
 * Dynamics Review 36(2). For each interval between consecutive times:
 *
 * - an input x of a variable z = f(x, y, …): score = |Δₓz / Δz| · sign(Δₓz / Δx), where
 *   Δz = z(t) − z(t − 1) is z's total change and Δₓz = f(x(t), y(t − 1), …) − f(x(t − 1), y(t − 1), …)
 *   the change x alone would have caused (both evaluated at the equation's time t); 0 when Δz or Δx
 *   is none (see {@link LTM_RELATIVE_EPSILON});
 * - a flow into a stock: |Δflow / Δnet| with Δnet the change of the stock's net flow (Σ in − Σ out);
 *   a flow out of it: −|Δflow / Δnet|; 0 when Δnet is none.
 *
 * A loop's score is the product of its link scores; its relative score divides it by the sum of the
 * absolute scores of all loops.
 *
 * @param loops - the loops to score; default every loop of the graph ({@link graphLoops})
 */
export function loopsThatMatter(
  g: CompiledGraph,
  run: GraphRun,
  loops: readonly GraphLoop[] = graphLoops(g),
): LtmScores {
  const rows = run.time.length;
  const intervals = Math.max(0, rows - 1);
  const values = run.values;
  const linkScores = g.edges.map(() => new Float64Array(intervals));
  // Per variable: the edge index of each of its inputs; per stock: its flow edges and net flow.
  const inputEdges = g.ids.map((_, v) => new Int32Array((g.inputsOf[v] ?? []).length));
  const flowEdges: number[][] = g.ids.map(() => []);
  g.edges.forEach((e, idx) => {
    if (e.kind === 'input') (inputEdges[e.to] as Int32Array)[e.position] = idx;
    else flowEdges[e.to]?.push(idx);
  });
  for (const s of g.stocks) {
    const net = new Float64Array(rows);
    for (const f of g.inflowsOf[s] ?? [])
      for (let r = 0; r < rows; r++) net[r] = (net[r] as number) + ((values[f] as Float64Array)[r] as number);
    for (const f of g.outflowsOf[s] ?? [])
      for (let r = 0; r < rows; r++) net[r] = (net[r] as number) - ((values[f] as Float64Array)[r] as number);
    for (const idx of flowEdges[s] ?? []) {
      const e = g.edges[idx] as LtmEdge;
      const flow = values[e.from] as Float64Array;
      const out = linkScores[idx] as Float64Array;
      const sign = e.kind === 'inflow' ? 1 : -1;
      for (let k = 0; k < intervals; k++) {
        const dNet = (net[k + 1] as number) - (net[k] as number);
        const dFlow = (flow[k + 1] as number) - (flow[k] as number);
        out[k] =
          isNone(dNet, net[k + 1] as number, net[k] as number) || dFlow === 0
            ? 0
            : sign * Math.abs(dFlow / dNet);
      }
    }
  }
  for (const v of g.order) {
    const inputs = g.inputsOf[v] ?? [];
    if (inputs.length === 0) continue;
    const node = g.graph.nodes[v] as LtmVariable;
    const z = values[v] as Float64Array;
    const edges = inputEdges[v] as Int32Array;
    const args = new Array<number>(inputs.length).fill(0);
    for (let k = 0; k < intervals; k++) {
      const dz = (z[k + 1] as number) - (z[k] as number);
      if (isNone(dz, z[k + 1] as number, z[k] as number)) continue; // scores stay 0
      const t = run.time[k + 1] as number;
      for (let p = 0; p < inputs.length; p++)
        args[p] = (values[inputs[p] as number] as Float64Array)[k] as number;
      const base = node.equation(args, t);
      for (let p = 0; p < inputs.length; p++) {
        const x0 = args[p] as number;
        const x1 = (values[inputs[p] as number] as Float64Array)[k + 1] as number;
        if (x1 === x0) continue;
        args[p] = x1;
        const partial = node.equation(args, t) - base;
        args[p] = x0;
        // |Δₓz / Δz| with the sign of Δₓz / Δx.
        (linkScores[edges[p] as number] as Float64Array)[k] =
          partial === 0 ? 0 : (Math.abs(partial / dz) * Math.sign(partial)) / Math.sign(x1 - x0);
      }
    }
  }
  const loopScores = loops.map(() => new Float64Array(intervals));
  const relative = loops.map(() => new Float64Array(intervals));
  for (let k = 0; k < intervals; k++) {
    let total = 0;
    loops.forEach((loop, i) => {
      let score = 1;
      for (const e of loop.edges) score *= (linkScores[e] as Float64Array)[k] as number;
      (loopScores[i] as Float64Array)[k] = score;
      total += Math.abs(score);
    });
    if (total > 0 && Number.isFinite(total))
      loops.forEach(
        (_, i) => ((relative[i] as Float64Array)[k] = ((loopScores[i] as Float64Array)[k] as number) / total),
      );
  }
  return { time: run.time.slice(1), linkScores, loops, loopScores, relative };
}
