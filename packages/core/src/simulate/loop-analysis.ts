import { findLoops } from '../analysis/find-loops.js';
import { loopStrengths } from '../analysis/loop-strength.js';
import type { RunPlan } from '../compile/run-plan.js';
import type { Trajectory } from '../integrate/integrate.js';
import { groupedDominanceSegments } from './dominance-segments.js';
import type { DominanceSegment, LoopRun } from './result-types.js';

/** The loop analysis of one run: loops with their strength, and which loop dominated when. */
export interface LoopAnalysis {
  /** Every loop of the model with its strength over the run. */
  readonly loops: readonly LoopRun[];
  /** Which loop of the whole model was strongest when. */
  readonly dominance: readonly DominanceSegment[];
  /** Per mechanism id: which loop through it was strongest when. */
  readonly byMechanism: Readonly<Record<string, readonly DominanceSegment[]>>;
}

/**
 * Computes the loop analysis of a run (see {@link loopStrengths} for the measure). It costs far more
 * than the run itself (every loop at every saved time), so {@link simulate} calls it only when a
 * caller first reads `loops`, `dominance` or a mechanism's `dominantLoop`.
 */
export function analyseLoops(plan: RunPlan, trajectory: Trajectory): LoopAnalysis {
  const model = plan.compiled.model;
  const { time } = trajectory;
  const loops = findLoops(model);
  const strengths = loopStrengths(plan, trajectory, loops);
  const groups = [
    loops.map((_, i) => i),
    ...model.mechanisms.map((m) => loops.flatMap((l, i) => (l.mechanisms.includes(m.id) ? [i] : []))),
  ];
  const [dominance = [], ...perMechanism] = groupedDominanceSegments(time, loops, strengths, groups);
  const monthsDominant = new Map<string, number>();
  for (const d of dominance) {
    if (d.loop !== null)
      monthsDominant.set(d.loop, (monthsDominant.get(d.loop) ?? 0) + (d.toMonth - d.fromMonth));
  }
  const runs: LoopRun[] = loops.map((loop, i) => {
    const s = strengths[i] as Float64Array;
    let peak = 0;
    for (const v of s) if (Math.abs(v) > Math.abs(peak)) peak = v;
    return {
      ...loop,
      strength: s,
      dominantShare: plan.horizon > 0 ? (monthsDominant.get(loop.id) ?? 0) / plan.horizon : 0,
      peakStrength: peak,
    };
  });
  const byMechanism: Record<string, readonly DominanceSegment[]> = {};
  model.mechanisms.forEach((m, k) => (byMechanism[m.id] = perMechanism[k] ?? []));
  return { loops: runs, dominance, byMechanism };
}
