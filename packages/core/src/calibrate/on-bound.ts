/** How close (as a share of its range) a fitted value may be to a bound and still count as on it. */
export const BOUND_TOLERANCE = 1e-6;

/**
 * Whether a value scaled to its range (0 = min, 1 = max) sits on a bound, up to
 * {@link BOUND_TOLERANCE}: the optimiser's last steps may stop a hair inside the bound
 * (9.999999999997 on [0, 10]), which still means the data push past the range.
 */
export function onBound(scaled: number): boolean {
  return scaled <= BOUND_TOLERANCE || scaled >= 1 - BOUND_TOLERANCE;
}
