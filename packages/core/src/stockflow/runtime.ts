import { lookupTable, type GraphTable } from './graph-table.js';

/** The state of one run that the generated code and its helpers read: times and delay histories. */
export interface RunState {
  /** Start time of the run. */
  start: number;
  /** Stop time of the run. */
  stop: number;
  /** Time step of the run. */
  dt: number;
  /** Per DELAY instance, its input at every step time so far (index = step number). */
  history: Float64Array[];
}

/** Times closer than this many steps count as equal (against rounding in `start + n·dt`). */
const TIME_EPSILON = 1e-9;

/**
 * The helper functions generated code calls, bound to a model's graphical functions. None of them
 * allocates.
 */
export interface RuntimeHelpers {
  /** Graphical function `k` at `x`. */
  readonly lookup: (k: number, x: number) => number;
  /** `a / b`, or `otherwise` when `b` is 0 (XMILE SAFEDIV). */
  readonly safediv: (a: number, b: number, otherwise: number) => number;
  /** `height` from time `at` on, 0 before. */
  readonly step: (height: number, at: number, t: number, dt: number) => number;
  /** `volume / dt` in the step at `first`, and every `interval` after it when `interval` > 0. */
  readonly pulse: (volume: number, first: number, interval: number, t: number, dt: number) => number;
  /** 0 until `from`, then rising by `slope` per time unit, level after `to`. */
  readonly ramp: (slope: number, from: number, to: number, t: number) => number;
  /**
   * Pipeline DELAY: the input `delayTime` ago, linearly interpolated between step times, or the
   * initial value `c[k]` before the run had started. Records the input at step `n` when `record`.
   */
  readonly delay: (
    rt: RunState,
    c: Float64Array,
    k: number,
    input: number,
    delayTime: number,
    t: number,
    n: number,
    record: number,
  ) => number;
}

/** Builds the helpers for a model whose graphical functions are `tables`. */
export function runtimeHelpers(tables: readonly GraphTable[]): RuntimeHelpers {
  return {
    lookup: (k, x) => lookupTable(tables[k] as GraphTable, x),
    safediv: (a, b, otherwise) => (b === 0 ? otherwise : a / b),
    step: (height, at, t, dt) => (t >= at - TIME_EPSILON * dt ? height : 0),
    pulse: (volume, first, interval, t, dt) => {
      const since = t - first;
      if (since < -TIME_EPSILON * dt) return 0;
      if (interval > 0) {
        const phase = since - Math.floor(since / interval + TIME_EPSILON) * interval;
        return phase < dt * (1 - TIME_EPSILON) ? volume / dt : 0;
      }
      return since < dt * (1 - TIME_EPSILON) ? volume / dt : 0;
    },
    ramp: (slope, from, to, t) => (t <= from ? 0 : slope * (Math.min(t, to) - from)),
    delay: (rt, c, k, input, delayTime, t, n, record) => {
      const h = rt.history[k] as Float64Array;
      if (record !== 0) h[n] = input;
      let p = (t - delayTime - rt.start) / rt.dt;
      const whole = Math.round(p);
      if (Math.abs(p - whole) < TIME_EPSILON) p = whole;
      if (p < 0) return c[k] as number;
      if (p >= n) {
        // Between the last recorded step and now (delay shorter than a step, or an RK4 stage).
        const tn = rt.start + n * rt.dt;
        if (t <= tn) return input;
        const at = t - delayTime;
        return (h[n] as number) + ((input - (h[n] as number)) * (at - tn)) / (t - tn);
      }
      const i = Math.floor(p);
      const f = p - i;
      const hi = h[i] as number;
      return f === 0 ? hi : hi + ((h[i + 1] as number) - hi) * f;
    },
  };
}
