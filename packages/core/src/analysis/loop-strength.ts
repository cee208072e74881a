import type { RunPlan } from '../compile/run-plan.js';
import { createEvaluator } from '../integrate/evaluator.js';
import type { Trajectory } from '../integrate/integrate.js';
import type { Loop } from './find-loops.js';
import { edgeGains } from './edge-gains.js';
import { influenceEdges } from './loop-graph.js';

/**
 * The strength of every loop at every saved time of a run: the product of its edge gains (see
 * {@link edgeGains}) taken to the power 1/length, with the product's sign. It is a rate (1/month):
 * the geometric mean of the loop's link gains, so short and long loops compare fairly. A loop whose
 * links carry no influence at that moment has strength 0.
 *
 * @returns one array per loop (in `loops` order) with one value per saved time
 */
export function loopStrengths(plan: RunPlan, trajectory: Trajectory, loops: readonly Loop[]): Float64Array[] {
  const edges = influenceEdges(plan.compiled.model);
  const edgeIndex = new Map(edges.map((e, i) => [e.id, i]));
  // Loops' edges flattened: loop i uses loopEdge[start[i] .. start[i + 1]).
  const start = new Int32Array(loops.length + 1);
  loops.forEach((l, i) => (start[i + 1] = (start[i] as number) + l.edges.length));
  const loopEdge = Int32Array.from(loops.flatMap((l) => l.edges.map((id) => edgeIndex.get(id) ?? 0)));
  const rows = trajectory.time.length;
  const nS = plan.compiled.nState;
  const buffer = new Float64Array(loops.length * rows);
  const out = loops.map((_, i) => buffer.subarray(i * rows, (i + 1) * rows));
  const ev = createEvaluator(plan);
  const gains = new Float64Array(edges.length);
  const logAbs = new Float64Array(edges.length);
  const scratch = new Float64Array(nS);
  for (let r = 0; r < rows; r++) {
    ev.setTime(trajectory.time[r] ?? 0);
    const y = trajectory.fullState.subarray(r * nS, (r + 1) * nS);
    edgeGains(plan, ev, y, scratch, edges, gains);
    for (let e = 0; e < gains.length; e++) {
      const g = gains[e] as number;
      logAbs[e] = g === 0 ? Number.NEGATIVE_INFINITY : Math.log(Math.abs(g));
    }
    // |Π g|^(1/k) = exp(Σ log|g| / k); a zero gain gives −∞ and so strength 0.
    for (let i = 0; i < loops.length; i++) {
      const from = start[i] as number;
      const to = start[i + 1] as number;
      let sum = 0;
      let negative = false;
      for (let j = from; j < to; j++) {
        const e = loopEdge[j] as number;
        sum += logAbs[e] as number;
        if ((gains[e] as number) < 0) negative = !negative;
      }
      const magnitude = sum === Number.NEGATIVE_INFINITY ? 0 : Math.exp(sum / (to - from));
      (out[i] as Float64Array)[r] = negative ? -magnitude : magnitude;
    }
  }
  return out;
}
