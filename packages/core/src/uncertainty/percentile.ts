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

/** Runs shorter than this are finished by insertion sort. */
const SMALL = 16;

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i] as number;
    let j = i - 1;
    while (j >= lo && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Moves the values so that `a[k]` holds the k-th smallest (0-based) for every k of `ranks` (sorted
 * ascending, within [lo, hi]): a quickselect for several ranks at once, with a three-way partition so
 * that many equal values (levels stuck at 0 or 1) cost nothing extra. Expected time linear in n.
 */
function selectRanks(
  a: Float64Array,
  lo: number,
  hi: number,
  ranks: readonly number[],
  rlo: number,
  rhi: number,
): void {
  while (rlo <= rhi && lo < hi) {
    if (hi - lo < SMALL) {
      insertionSort(a, lo, hi);
      return;
    }
    // Median of three as the pivot.
    const x = a[lo] as number;
    const y = a[(lo + hi) >>> 1] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i] as number;
      if (v < pivot) {
        a[i] = a[lt] as number;
        a[lt] = v;
        lt++;
        i++;
      } else if (v > pivot) {
        a[i] = a[gt] as number;
        a[gt] = v;
        gt--;
      } else i++;
    }
    // a[lo..lt-1] < pivot, a[lt..gt] = pivot, a[gt+1..hi] > pivot.
    let left = rlo;
    while (left <= rhi && (ranks[left] as number) < lt) left++;
    let right = left;
    while (right <= rhi && (ranks[right] as number) <= gt) right++;
    if (left - 1 >= rlo) selectRanks(a, lo, lt - 1, ranks, rlo, left - 1);
    lo = gt + 1;
    rlo = right;
  }
}

/**
 * The `ps`-quantiles (each in [0, 1]) of `values`, defined as {@link quantileSorted} defines them
 * (type 7), without sorting everything: a multi-rank quickselect. Reorders `values` (pass a scratch
 * copy); values must not be NaN. NaN for each p when `values` is empty.
 */
export function quantilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => Number.NaN);
  const wanted = new Set<number>();
  for (const p of ps) {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    wanted.add(lo);
    if (lo + 1 < n) wanted.add(lo + 1);
  }
  const ranks = [...wanted].sort((a, b) => a - b);
  selectRanks(values, 0, n - 1, ranks, 0, ranks.length - 1);
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const a = values[lo] as number;
    const b = values[Math.min(lo + 1, n - 1)] as number;
    return a + (h - lo) * (b - a);
  });
}
