import { StockFlowError } from './stockflow-error.js';
import type { GraphicalFunction } from './stockflow-types.js';

/** A graphical function ready for lookups: x ascending, y, and how to read between and beyond points. */
export interface GraphTable {
  /** The x values, ascending. */
  readonly x: Float64Array;
  /** The y values. */
  readonly y: Float64Array;
  /** 0 continuous, 1 extrapolate, 2 discrete. */
  readonly mode: 0 | 1 | 2;
}

/**
 * Checks a graphical function and turns it into a {@link GraphTable}. Throws
 * {@link StockFlowError} naming `element` when there are no y values, the x values are missing
 * (neither `xpts` nor `xscale`), of a different count, or not ascending.
 */
export function graphTable(element: string, gf: GraphicalFunction): GraphTable {
  const ys = gf.ypts;
  if (ys.length === 0) throw new StockFlowError(element, 'graphical function has no y values (ypts)');
  if (ys.some((y) => !Number.isFinite(y)))
    throw new StockFlowError(element, 'graphical function has a y value that is not a number');
  let xs: readonly number[];
  if (gf.xpts !== undefined) {
    xs = gf.xpts;
    if (xs.length !== ys.length) {
      throw new StockFlowError(
        element,
        `graphical function has ${xs.length} x values (xpts) but ${ys.length} y values (ypts)`,
      );
    }
  } else if (gf.xscale !== undefined) {
    const { min, max } = gf.xscale;
    xs = ys.length === 1 ? [min] : ys.map((_, i) => min + ((max - min) * i) / (ys.length - 1));
  } else {
    throw new StockFlowError(element, 'graphical function has neither xpts nor xscale');
  }
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    if (!Number.isFinite(x))
      throw new StockFlowError(element, 'graphical function has an x value that is not a number');
    if (i > 0 && x < (xs[i - 1] as number))
      throw new StockFlowError(element, 'graphical function x values are not ascending');
  }
  const type = gf.type ?? 'continuous';
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    mode: type === 'extrapolate' ? 1 : type === 'discrete' ? 2 : 0,
  };
}

/** The value of a graphical function at `x` (linear between points; see {@link GraphTable.mode}). */
export function lookupTable(g: GraphTable, x: number): number {
  const xs = g.x;
  const ys = g.y;
  const last = xs.length - 1;
  if (Number.isNaN(x)) return NaN;
  if (x <= (xs[0] as number)) {
    if (g.mode === 1 && last > 0 && x < (xs[0] as number)) return segment(xs, ys, 0, x);
    return ys[0] as number;
  }
  if (x >= (xs[last] as number)) {
    if (g.mode === 1 && last > 0 && x > (xs[last] as number)) return segment(xs, ys, last - 1, x);
    return ys[last] as number;
  }
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) <= x) lo = mid;
    else hi = mid;
  }
  if (g.mode === 2) return ys[lo] as number;
  return segment(xs, ys, lo, x);
}

function segment(xs: Float64Array, ys: Float64Array, i: number, x: number): number {
  const x0 = xs[i] as number;
  const x1 = xs[i + 1] as number;
  const y0 = ys[i] as number;
  const y1 = ys[i + 1] as number;
  return x1 === x0 ? y1 : y0 + ((x - x0) * (y1 - y0)) / (x1 - x0);
}
