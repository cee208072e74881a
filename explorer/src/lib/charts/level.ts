/**
 * Levels in the model are 0–1; the explorer shows them as 0–100 (whole numbers), which reads more
 * easily in a workshop. These helpers convert both ways and format for display.
 */

/** Clamps x to [lo, hi] (NaN becomes lo). */
export function clamp(x: number, lo: number, hi: number): number {
  if (Number.isNaN(x)) return lo;
  return Math.min(hi, Math.max(lo, x));
}

/** A model level (0–1) as a whole number 0–100. */
export function toLevel(value: number): number {
  return Math.round(clamp(value, 0, 1) * 100);
}

/** A displayed level (0–100) as a model level (0–1). */
export function fromLevel(level: number): number {
  return clamp(Math.round(level), 0, 100) / 100;
}

/** A model level (0–1) formatted as 0–100 for display ("42"); "–" when missing. */
export function formatLevel(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '–' : String(toLevel(value));
}
