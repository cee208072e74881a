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
  const { rising, sustainedLevel, minSegmentMonths } = STATUS_RULE;
  const segments: { fromMonth: number; toMonth: number; status: MechanismStatus }[] = [];
  let current: MechanismStatus | null = null;
  for (let i = 0; i < n; i++) {
    const a = i - half < 0 ? 0 : i - half;
    const b = i + half > n - 1 ? n - 1 : i + half;
    const span = (time[b] as number) - (time[a] as number);
    const slope = span > 0 ? ((level[b] as number) - (level[a] as number)) / span : 0;
    const up = slope > rising || ((level[i] as number) >= sustainedLevel && slope >= -rising);
    const status: MechanismStatus = up ? 'reinforcing' : 'stalling';
    const t = time[i] as number;
    if (status === current) (segments[segments.length - 1] as { toMonth: number }).toMonth = t;
    else {
      segments.push({ fromMonth: t, toMonth: t, status });
      current = status;
    }
  }
  const merged: { fromMonth: number; toMonth: number; status: MechanismStatus }[] = [];
  for (const seg of segments) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (seg.toMonth - seg.fromMonth < minSegmentMonths || last.status === seg.status))
      last.toMonth = seg.toMonth;
    else merged.push(seg);
  }
  return merged;
}
