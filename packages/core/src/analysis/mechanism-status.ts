/** Status of a mechanism at a moment of a run. */
export type MechanismStatus = 'reinforcing' | 'stalling';

/** A stretch of a run during which a mechanism kept one status. */
export interface StatusSegment {
  /** First month of the stretch. */
  readonly fromMonth: number;
  /** Last month of the stretch. */
  readonly toMonth: number;
  /** The status during the stretch. */
  readonly status: MechanismStatus;
}

/** Thresholds of the status rule; see {@link classifyMechanism}. */
export const STATUS_RULE = {
  /** Rise per month above which a mechanism counts as reinforcing. */
  rising: 0.002,
  /** Mean level at or above which a mechanism that holds steady counts as reinforcing (its loops carry it). */
  sustainedLevel: 0.5,
  /** Stretches shorter than this (months) are merged into the one before. */
  minSegmentMonths: 1,
} as const;

/**
 * Classifies a mechanism over a run from the mean level of its endogenous factors. At each saved
 * time it is `reinforcing` when that level rises by more than {@link STATUS_RULE}.rising per month,
 * or when it holds steady (falls by no more than that) at or above {@link STATUS_RULE}.sustainedLevel;
 * otherwise `stalling` (falling, or stuck low). The slope is a central difference over one month.
 * Stretches shorter than a month are merged into the one before, so the status does not flicker.
 */
export function classifyMechanism(time: Float64Array, level: Float64Array): StatusSegment[] {
  const n = time.length;
  if (n === 0) return [];
  const dt = n > 1 ? (time[1] ?? 1) - (time[0] ?? 0) : 1;
  const half = Math.max(1, Math.round(0.5 / dt));
  const raw: MechanismStatus[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - half);
    const b = Math.min(n - 1, i + half);
    const span = (time[b] ?? 0) - (time[a] ?? 0);
    const slope = span > 0 ? ((level[b] ?? 0) - (level[a] ?? 0)) / span : 0;
    const x = level[i] ?? 0;
    const up =
      slope > STATUS_RULE.rising || (x >= STATUS_RULE.sustainedLevel && slope >= -STATUS_RULE.rising);
    raw.push(up ? 'reinforcing' : 'stalling');
  }
  const segments: { fromMonth: number; toMonth: number; status: MechanismStatus }[] = [];
  raw.forEach((status, i) => {
    const t = time[i] ?? 0;
    const last = segments.at(-1);
    if (last !== undefined && last.status === status) last.toMonth = t;
    else segments.push({ fromMonth: t, toMonth: t, status });
  });
  const merged: { fromMonth: number; toMonth: number; status: MechanismStatus }[] = [];
  for (const s of segments) {
    const last = merged.at(-1);
    if (
      last !== undefined &&
      (s.toMonth - s.fromMonth < STATUS_RULE.minSegmentMonths || last.status === s.status)
    )
      last.toMonth = s.toMonth;
    else merged.push({ ...s });
  }
  return merged;
}
