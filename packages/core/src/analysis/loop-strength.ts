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
  const loopEdges = loops.map((l) => Int32Array.from(l.edges, (id) => edgeIndex.get(id) ?? 0));
  const rows = trajectory.time.length;
  const nS = plan.compiled.nState;
  const out = loops.map(() => new Float64Array(rows));
  const ev = createEvaluator(plan);
  const gains = new Float64Array(edges.length);
  const scratch = new Float64Array(nS);
  for (let r = 0; r < rows; r++) {
    ev.setTime(trajectory.time[r] ?? 0);
    const y = trajectory.fullState.subarray(r * nS, (r + 1) * nS);
    edgeGains(plan, ev, y, scratch, edges, gains);
    loopEdges.forEach((idx, i) => {
      let p = 1;
      for (const e of idx) p *= gains[e] ?? 0;
      const k = idx.length;
      (out[i] as Float64Array)[r] = p === 0 ? 0 : Math.sign(p) * Math.pow(Math.abs(p), 1 / k);
    });
  }
  return out;
}
