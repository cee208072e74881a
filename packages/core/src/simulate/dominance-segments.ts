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

/**
 * Divides a run into dominance stretches for several groups of loops at once (one pass over the
 * strengths): group g accepts the loops whose index is listed in `groups[g]`.
 *
 * @returns one list of stretches per group, as {@link dominanceSegments} would give it
 */
export function groupedDominanceSegments(
  time: Float64Array,
  loops: readonly Loop[],
  strengths: readonly Float64Array[],
  groups: readonly (readonly number[])[],
): DominanceSegment[][] {
  const out = groups.map(() => [] as { fromMonth: number; toMonth: number; loop: string | null }[]);
  const best = new Int32Array(groups.length);
  const bestValue = new Float64Array(groups.length);
  const loopGroups = loops.map(() => [] as number[]);
  groups.forEach((members, g) => members.forEach((i) => loopGroups[i]?.push(g)));
  for (let r = 0; r < time.length; r++) {
    best.fill(-1);
    bestValue.fill(1e-12);
    for (let i = 0; i < loops.length; i++) {
      const v = Math.abs((strengths[i] as Float64Array)[r] as number);
      for (const g of loopGroups[i] as number[]) {
        if (v > (bestValue[g] as number)) {
          bestValue[g] = v;
          best[g] = i;
        }
      }
    }
    const t = time[r] as number;
    for (let g = 0; g < groups.length; g++) {
      const index = best[g] as number;
      const id = index < 0 ? null : (loops[index] as Loop).id;
      const list = out[g] as { fromMonth: number; toMonth: number; loop: string | null }[];
      const last = list[list.length - 1];
      if (last !== undefined && last.loop === id) last.toMonth = t;
      else {
        if (last !== undefined) last.toMonth = t;
        list.push({ fromMonth: t, toMonth: t, loop: id });
      }
    }
  }
  return out;
}
