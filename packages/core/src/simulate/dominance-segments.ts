import type { Loop } from '../analysis/find-loops.js';
import type { DominanceSegment } from './result-types.js';

/**
 * Divides a run into stretches by which loop (among those `include` accepts) had the largest
 * absolute strength. Times at which no accepted loop has any strength belong to a `null` stretch.
 */
export function dominanceSegments(
  time: Float64Array,
  loops: readonly Loop[],
  strengths: readonly Float64Array[],
  include: (loop: Loop) => boolean,
): DominanceSegment[] {
  const chosen = loops.map((l, i) => ({ l, s: strengths[i] })).filter((x) => include(x.l));
  const out: { fromMonth: number; toMonth: number; loop: string | null }[] = [];
  for (let r = 0; r < time.length; r++) {
    let best: string | null = null;
    let bestValue = 1e-12;
    for (const { l, s } of chosen) {
      const v = Math.abs(s?.[r] ?? 0);
      if (v > bestValue) {
        bestValue = v;
        best = l.id;
      }
    }
    const t = time[r] ?? 0;
    const last = out.at(-1);
    if (last !== undefined && last.loop === best) last.toMonth = t;
    else {
      if (last !== undefined) last.toMonth = t;
      out.push({ fromMonth: t, toMonth: t, loop: best });
    }
  }
  return out;
}
