import type { Model, SimulationResultJson } from '@samenspel/core';
import { extent, line, scaleLinear } from 'd3';
import { toLevel } from '../../charts/level.js';
import { tr, type Lang } from '../../model.js';

/** The factors the with/without comparison shows. */
export const KEY_FACTORS: readonly string[] = [
  'collectiveIntelligence',
  'trust',
  'localImplementation',
  'optimalPatientCare',
];

/** The factor the mini chart shows. */
export const CHART_FACTOR = 'collectiveIntelligence';

/**
 * One row of the comparison: a factor's final level with and without the levers, as the explorer
 * shows levels (whole numbers 0–100), and the difference of those shown numbers.
 */
export interface ComparisonRow {
  /** Factor id. */
  readonly id: string;
  /** Its name in the interface language. */
  readonly label: string;
  /** Final level with the levers (0–100). */
  readonly withLevers: number;
  /** Final level without them (0–100). */
  readonly withoutLevers: number;
  /** With minus without, in level points. */
  readonly difference: number;
}

/** Final levels (0–100) of the key factors with and without the levers (factors missing from a run are left out). */
export function comparisonRows(
  model: Model,
  withRun: SimulationResultJson,
  withoutRun: SimulationResultJson,
  lang: Lang,
  factors: readonly string[] = KEY_FACTORS,
): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const id of factors) {
    const a = withRun.summary.final[id];
    const b = withoutRun.summary.final[id];
    const factor = model.factors.find((f) => f.id === id);
    if (a === undefined || b === undefined || factor === undefined) continue;
    const withLevers = toLevel(a);
    const withoutLevers = toLevel(b);
    rows.push({
      id,
      label: tr(factor.label, lang),
      withLevers,
      withoutLevers,
      difference: withLevers - withoutLevers,
    });
  }
  return rows;
}

/** A difference in level points with an explicit sign ("+12", "−3", "0"; a real minus sign). */
export function formatDifference(points: number): string {
  if (points > 0) return `+${String(points)}`;
  if (points < 0) return `−${String(-points)}`;
  return '0';
}

/** Sizes of the mini chart (px). */
export interface MiniChartLayout {
  /** Width of the drawing. */
  readonly width: number;
  /** Height of the drawing. */
  readonly height: number;
  /** Space on the left for the value labels. */
  readonly left: number;
  /** Space below for the month labels. */
  readonly bottom: number;
  /** Space above and to the right. */
  readonly pad: number;
}

/** The mini line chart of one factor with and without the levers. */
export interface MiniChart {
  /** SVG path of the run with the levers. */
  readonly withPath: string;
  /** SVG path of the run without them. */
  readonly withoutPath: string;
  /** Month ticks along the bottom. */
  readonly xTicks: readonly { readonly month: number; readonly x: number }[];
  /** Value ticks along the left: levels 0, 50 and 100 (model values 0, 0.5, 1). */
  readonly yTicks: readonly { readonly level: number; readonly y: number }[];
  /** Plot area. */
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
}

/** Lays out the mini chart of `factor` (values 0–1 over the run's months). */
export function miniChart(
  withRun: SimulationResultJson,
  withoutRun: SimulationResultJson,
  factor: string,
  layout: MiniChartLayout,
): MiniChart {
  const { width, height, left, bottom, pad } = layout;
  const [t0, t1] = extent([...withRun.time, ...withoutRun.time]);
  const x = scaleLinear()
    .domain([t0 ?? 0, t1 ?? 1])
    .range([left, Math.max(left + 1, width - pad)]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - bottom, pad]);
  const path = (run: SimulationResultJson): string => {
    const values = run.series[factor] ?? [];
    const points = run.time.map((t, i): [number, number] => [t, values[i] ?? 0]);
    return (
      line()
        .x((p) => x(p[0]))
        .y((p) => y(p[1]))(points) ?? ''
    );
  };
  const horizon = t1 ?? 1;
  const step = horizon > 48 ? 24 : horizon > 18 ? 12 : horizon > 6 ? 6 : 1;
  const xTicks: { month: number; x: number }[] = [];
  for (let m = t0 ?? 0; m <= horizon + 1e-9; m += step) xTicks.push({ month: m, x: x(m) });
  if ((xTicks.at(-1)?.month ?? 0) < horizon) xTicks.push({ month: horizon, x: x(horizon) });
  return {
    withPath: path(withRun),
    withoutPath: path(withoutRun),
    xTicks,
    yTicks: [0, 50, 100].map((level) => ({ level, y: y(level / 100) })),
    plot: { x0: left, x1: Math.max(left + 1, width - pad), y0: pad, y1: height - bottom },
  };
}
