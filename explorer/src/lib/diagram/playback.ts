/** Playback speed of the diagram (months per second). */
export const MONTHS_PER_SECOND = 8;

/** One step of playback: the month to show, the fraction of a month carried over, and whether it ended. */
export interface PlaybackStep {
  /** Month to show (whole months). */
  readonly month: number;
  /** Part of a month not yet shown. */
  readonly carried: number;
  /** True when the horizon is reached (playback stops). */
  readonly done: boolean;
}

/**
 * Advances playback by `elapsedMs` milliseconds from `month` (whole months at
 * {@link MONTHS_PER_SECOND}), stopping at `horizon`.
 */
export function nextPlaybackMonth(
  month: number,
  elapsedMs: number,
  carried: number,
  horizon: number,
  speed = MONTHS_PER_SECOND,
): PlaybackStep {
  const total = carried + (Math.max(0, elapsedMs) * speed) / 1000;
  const whole = Math.floor(total);
  const next = Math.min(horizon, Math.floor(month) + whole);
  return { month: next, carried: total - whole, done: next >= horizon };
}
