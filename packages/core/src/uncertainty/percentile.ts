/**
 * The `p`-quantile (p in [0, 1]) of values sorted ascending, by linear interpolation between the
 * two nearest order statistics (position (n − 1)·p; the common "type 7" definition, as in R's
 * default and NumPy's `linear`). NaN for an empty list.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, n - 1)] as number;
  return a + (h - lo) * (b - a);
}

/** The percentiles every Monte Carlo band reports, as fractions: 5, 25, 50, 75 and 95 %. */
export const BAND_PERCENTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
