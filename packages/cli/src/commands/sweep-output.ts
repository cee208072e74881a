import {
  axisValues,
  sweep1dToCsv,
  sweep2dToCsv,
  targetKey,
  type Axis,
  type Outcome,
  type Scenario,
} from '@samenspel/core';

/** Everything that defines a sweep's result: what `sweep` reads from its file and options. */
export interface SweepSpec {
  /** The base scenario. */
  readonly scenario: Scenario;
  /** The first axis. */
  readonly x: Axis;
  /** The second axis, for a map; null for a 1-D sweep. */
  readonly y: Axis | null;
  /** What is recorded per run. */
  readonly outcome: Outcome;
  /** The pattern recorded per run and whose tipping point is located; null for none. */
  readonly pattern: string | null;
  /** Width within which a tipping point is located. */
  readonly tolerance: number;
}

/** The computed numbers of a whole sweep, in the layout of core's sweep results. */
export interface SweepNumbers {
  /** Outcome per run, x fastest. */
  readonly values: Float64Array;
  /** 1/0 per run when there is a pattern. */
  readonly present?: Uint8Array;
  /** 1-D: the tipping point along x (null: none), when located. */
  readonly threshold?: number | null;
  /** 2-D: the tipping point along x per y value, when located. */
  readonly thresholds?: readonly (number | null)[];
}

/** Whether a tipping point is located: with a pattern and an x range of some width, swept at two or more values. */
export function locatesTipping(spec: SweepSpec): boolean {
  return spec.pattern !== null && spec.x.from !== spec.x.to && spec.x.steps >= 2;
}

/**
 * The default tolerance of the tipping-point search along `x`: 0.001, or a tenth of the grid's
 * step when that is smaller, so the located point never contradicts the grid's `present` column.
 */
export function defaultTolerance(x: Pick<Axis, 'from' | 'to' | 'steps'>): number {
  const step = x.steps >= 2 ? Math.abs(x.to - x.from) / (x.steps - 1) : Number.POSITIVE_INFINITY;
  return Math.min(0.001, step / 10);
}

/** The x range searched for a tipping point: from the lower to the upper end of x. */
export function tippingAlong(spec: SweepSpec): Pick<Axis, 'target' | 'from' | 'to'> {
  return {
    target: spec.x.target,
    from: Math.min(spec.x.from, spec.x.to),
    to: Math.max(spec.x.from, spec.x.to),
  };
}

function outcomeName(outcome: Outcome): string {
  return outcome.kind === 'final'
    ? `final.${outcome.variable}`
    : outcome.kind === 'pattern'
      ? `pattern.${outcome.pattern}`
      : `mean.${outcome.variables.join('+')}`;
}

/** Adds a `tipping` column to sweep CSV: the same value on every row (1-D) or the row's y value's. */
function withTipping(csv: string, tippingOf: (row: number) => number | null): string {
  return csv
    .split('\n')
    .map((line, i) => {
      if (line === '') return line;
      if (i === 0) return `${line},tipping`;
      const t = tippingOf(i - 1);
      return `${line},${t === null ? '' : String(t)}`;
    })
    .join('\n');
}

/**
 * The text `samenspel sweep` prints: CSV (a row per run: x[,y],outcome[,present,tipping]) or JSON
 * (axes, values, present and tipping points).
 */
export function formatSweep(spec: SweepSpec, numbers: SweepNumbers, format: 'csv' | 'json'): string {
  const { x, y, pattern } = spec;
  const xValues = axisValues(x);
  const names = {
    x: targetKey(x.target),
    ...(y === null ? {} : { y: targetKey(y.target) }),
    outcome: outcomeName(spec.outcome),
  };
  const runs = {
    outcome: names.outcome,
    values: [...numbers.values],
    ...(numbers.present === undefined ? {} : { present: [...numbers.present] }),
  };
  const result = {
    xValues,
    values: numbers.values,
    ...(numbers.present === undefined ? {} : { present: numbers.present }),
  };
  if (y === null) {
    const threshold = numbers.threshold;
    if (format === 'json') {
      return `${JSON.stringify({
        x: { target: names.x, values: [...xValues] },
        ...runs,
        ...(threshold === undefined ? {} : { tipping: { pattern, along: names.x, threshold } }),
      })}\n`;
    }
    const csv = sweep1dToCsv(result, names);
    return threshold === undefined ? csv : withTipping(csv, () => threshold);
  }
  const yValues = axisValues(y);
  const thresholds = numbers.thresholds;
  if (format === 'json') {
    return `${JSON.stringify({
      x: { target: names.x, values: [...xValues] },
      y: { target: names.y, values: [...yValues] },
      ...runs,
      ...(thresholds === undefined
        ? {}
        : { tipping: { pattern, along: names.x, y: [...yValues], thresholds } }),
    })}\n`;
  }
  const csv = sweep2dToCsv({ ...result, yValues }, names);
  const nx = xValues.length;
  return thresholds === undefined ? csv : withTipping(csv, (row) => thresholds[Math.floor(row / nx)] ?? null);
}
