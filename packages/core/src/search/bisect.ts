import type { RunTally, SearchProgress } from './progress.js';

/**
 * Halvings needed to narrow [lo, hi] to at most `tolerance` wide (0 when it already is).
 *
 * @throws RangeError when `tolerance` is not a positive finite number
 */
export function bisectionSteps(lo: number, hi: number, tolerance: number): number {
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new RangeError(`tolerance must be a positive number, got ${tolerance}`);
  }
  const width = Math.abs(hi - lo);
  return width <= tolerance ? 0 : Math.ceil(Math.log2(width / tolerance));
}

/**
 * Bisection for the smallest x in [lo, hi] at which `holds(x)` is true, given that it is false at
 * `lo` and true at `hi` and monotone in between. Yields after every test (each test is a run).
 *
 * @returns the upper end of the final bracket: `holds` is true there and false at most
 * `tolerance` below it
 */
export function* bisect(
  lo: number,
  hi: number,
  tolerance: number,
  holds: (x: number) => boolean,
  tally: RunTally,
): Generator<SearchProgress, number, void> {
  let a = lo;
  let b = hi;
  const n = bisectionSteps(lo, hi, tolerance);
  for (let i = 0; i < n; i++) {
    const mid = a + (b - a) / 2;
    if (holds(mid)) b = mid;
    else a = mid;
    yield tally.count();
  }
  return b;
}
