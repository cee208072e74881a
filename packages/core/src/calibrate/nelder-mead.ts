/** Settings of {@link nelderMead}; every field is optional. */
export interface NelderMeadOptions {
  /**
   * Size of the starting simplex along each coordinate, as a fraction of that coordinate's bound
   * width (or absolute when the coordinate is unbounded). Default 0.1.
   */
  readonly step?: number;
  /** Stop after this many evaluations of the objective. Default 400 per coordinate, at least 1000. */
  readonly maxEvaluations?: number;
  /**
   * Converged when the objective values at the simplex's vertices differ by at most
   * `valueTolerance · (|best| + 1e-300) + absoluteTolerance`. Default 1e-10.
   */
  readonly valueTolerance?: number;
  /** Absolute part of the value test. Default 1e-16. */
  readonly absoluteTolerance?: number;
  /** Converged also needs every vertex within this distance (per coordinate) of the best one. Default 1e-8. */
  readonly pointTolerance?: number;
  /**
   * After converging, start again from the best point with a fresh simplex this many times at most;
   * a restart that improves the value by less than the value tolerance ends the search. Restarts
   * repair a simplex that collapsed too early (a known weakness of the method). Default 3.
   */
  readonly restarts?: number;
}

/** A box: per coordinate a lower and an upper bound (use ±Infinity for none). */
export interface Bounds {
  /** Lower bound per coordinate. */
  readonly lower: readonly number[];
  /** Upper bound per coordinate. */
  readonly upper: readonly number[];
}

/** What {@link nelderMead} found. */
export interface NelderMeadResult {
  /** The best point found (inside the bounds). */
  readonly x: number[];
  /** The objective at `x`. */
  readonly value: number;
  /** Number of objective evaluations. */
  readonly evaluations: number;
  /** True when the tolerances were met; false when `maxEvaluations` ran out first. */
  readonly converged: boolean;
}

// Standard coefficients (Nelder & Mead 1965; Lagarias et al. 1998): reflection, expansion,
// contraction, shrink.
const ALPHA = 1;
const GAMMA = 2;
const RHO = 0.5;
const SIGMA = 0.5;

/**
 * Minimises `f` over a box with the Nelder–Mead downhill simplex method, a derivative-free method
 * for a few (up to about ten) coordinates. Bounds are kept by projection: every trial point is
 * clamped into the box before it is evaluated, so `f` is never called outside it. Deterministic:
 * the same input always gives the same evaluations.
 *
 * @param f - the objective; a non-finite value counts as +Infinity
 * @param x0 - the starting point (clamped into the bounds)
 * @param bounds - optional box; default unbounded
 * @param options - see {@link NelderMeadOptions}
 * @throws Error when `x0` is empty or the bounds do not match its length or are crossed
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  bounds?: Bounds,
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const n = x0.length;
  if (n === 0) throw new Error('nelderMead needs at least one coordinate');
  const lower = bounds?.lower ?? new Array<number>(n).fill(Number.NEGATIVE_INFINITY);
  const upper = bounds?.upper ?? new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  if (lower.length !== n || upper.length !== n)
    throw new Error(
      `bounds have ${String(lower.length)}/${String(upper.length)} entries, expected ${String(n)}`,
    );
  for (let i = 0; i < n; i++)
    if (!((lower[i] as number) <= (upper[i] as number)))
      throw new Error(`bound ${String(i)}: lower ${String(lower[i])} is above upper ${String(upper[i])}`);

  const step = options.step ?? 0.1;
  const maxEvaluations = options.maxEvaluations ?? Math.max(1000, 400 * n);
  const valueTolerance = options.valueTolerance ?? 1e-10;
  const absoluteTolerance = options.absoluteTolerance ?? 1e-16;
  const pointTolerance = options.pointTolerance ?? 1e-8;
  const restarts = options.restarts ?? 3;

  const clamp = (x: number[]): number[] =>
    x.map((v, i) => Math.min(upper[i] as number, Math.max(lower[i] as number, v)));
  let evaluations = 0;
  const evaluate = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };

  let best = clamp([...x0]);
  let bestValue = evaluate(best);
  let converged = false;
  for (let round = 0; round <= restarts; round++) {
    const before = bestValue;
    const run = simplexSearch(best, bestValue);
    best = run.x;
    bestValue = run.value;
    converged = run.converged;
    if (!converged) break;
    if (round > 0 && before - bestValue <= valueTolerance * Math.abs(before) + absoluteTolerance) break;
  }
  return { x: best, value: bestValue, evaluations, converged };

  function simplexSearch(start: number[], startValue: number): NelderMeadResult {
    const points: number[][] = [start];
    const values: number[] = [startValue];
    for (let i = 0; i < n; i++) {
      const width = (upper[i] as number) - (lower[i] as number);
      const size = Number.isFinite(width) ? step * width : step * Math.max(1, Math.abs(start[i] as number));
      const p = [...start];
      const up = (start[i] as number) + size;
      // Step towards the inside of the box when the start sits on (or near) the upper bound.
      p[i] = up <= (upper[i] as number) ? up : (start[i] as number) - size;
      const q = clamp(p);
      points.push(q);
      values.push(evaluate(q));
    }
    const order = Array.from({ length: n + 1 }, (_, i) => i);
    while (evaluations < maxEvaluations) {
      order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
      const bestIndex = order[0] as number;
      const worstIndex = order[n] as number;
      const secondWorst = values[order[n - 1] as number] as number;
      const fBest = values[bestIndex] as number;
      const fWorst = values[worstIndex] as number;
      const xBest = points[bestIndex] as number[];
      const spread = Math.max(
        ...points.map((p) => Math.max(...p.map((v, i) => Math.abs(v - (xBest[i] as number))))),
      );
      if (fWorst - fBest <= valueTolerance * Math.abs(fBest) + absoluteTolerance && spread <= pointTolerance)
        return { x: [...xBest], value: fBest, evaluations, converged: true };
      if (spread === 0) return { x: [...xBest], value: fBest, evaluations, converged: true };

      const centroid = new Array<number>(n).fill(0);
      for (let k = 0; k < n; k++) {
        const p = points[order[k] as number] as number[];
        for (let i = 0; i < n; i++) centroid[i] = (centroid[i] as number) + (p[i] as number) / n;
      }
      const worst = points[worstIndex] as number[];
      const along = (t: number): number[] =>
        clamp(centroid.map((c, i) => c + t * (c - (worst[i] as number))));

      const reflected = along(ALPHA);
      const fr = evaluate(reflected);
      if (fr < fBest) {
        const expanded = along(GAMMA);
        const fe = evaluate(expanded);
        if (fe < fr) replace(worstIndex, expanded, fe);
        else replace(worstIndex, reflected, fr);
        continue;
      }
      if (fr < secondWorst) {
        replace(worstIndex, reflected, fr);
        continue;
      }
      // Contract outside (towards the reflected point) or inside (towards the worst one).
      const outside = fr < fWorst;
      const contracted = along(outside ? RHO : -RHO);
      const fc = evaluate(contracted);
      if (fc < (outside ? fr : fWorst)) {
        replace(worstIndex, contracted, fc);
        continue;
      }
      for (let k = 1; k <= n; k++) {
        const idx = order[k] as number;
        const p = points[idx] as number[];
        const shrunk = clamp(p.map((v, i) => (xBest[i] as number) + SIGMA * (v - (xBest[i] as number))));
        replace(idx, shrunk, evaluate(shrunk));
      }
    }
    let bestIndex = 0;
    for (let k = 1; k <= n; k++) if ((values[k] as number) < (values[bestIndex] as number)) bestIndex = k;
    return {
      x: [...(points[bestIndex] as number[])],
      value: values[bestIndex] as number,
      evaluations,
      converged: false,
    };

    function replace(index: number, p: number[], value: number): void {
      points[index] = p;
      values[index] = value;
    }
  }
}
