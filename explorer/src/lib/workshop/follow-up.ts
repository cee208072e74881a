import type { ActionPlan, Round, RoundComparison } from '@samenspel/assessment';
import { scaleBand, scaleLinear } from 'd3';
import { latestPlanOf } from './plan-edits.js';
import { DEFAULT_FOLLOW_UP_MONTH } from './projection.js';

/** The two rounds a follow-up compares and the plan behind the projection. */
export interface FollowUpChoice {
  /** The round the plan was made for. */
  readonly first: Round;
  /** The round six months later. */
  readonly second: Round;
  /** The latest plan of the first round, or null (then the projection has no levers). */
  readonly plan: ActionPlan | null;
  /** Months from the first round to the second: the month the projection is read at. */
  readonly month: number;
}

/**
 * The month of `second` counted from `first` (rounds carry months since the region's first
 * round); {@link DEFAULT_FOLLOW_UP_MONTH} when that is not a positive number (same month, dates
 * out of order, or months not filled in).
 */
export function followUpMonth(first: Round, second: Round): number {
  const m = second.month - first.month;
  return Number.isFinite(m) && m > 0 ? m : DEFAULT_FOLLOW_UP_MONTH;
}

/**
 * The default follow-up: the earliest round that has a plan (else the earliest round) and the
 * round after it; null with fewer than two rounds. `firstId`/`secondId` pick other rounds.
 */
export function chooseFollowUp(
  rounds: readonly Round[],
  plans: readonly ActionPlan[],
  firstId: string | null = null,
  secondId: string | null = null,
): FollowUpChoice | null {
  if (rounds.length < 2) return null;
  const byMonth = [...rounds].sort((a, b) => a.month - b.month || (a.date < b.date ? -1 : 1));
  const withPlan = byMonth.find((r) => latestPlanOf(plans, r.id) !== null);
  const first = byMonth.find((r) => r.id === firstId) ?? withPlan ?? byMonth[0];
  if (first === undefined) return null;
  const after = byMonth.filter((r) => r.id !== first.id);
  const second = after.find((r) => r.id === secondId) ?? after.find((r) => r.month > first.month) ?? after[0];
  if (second === undefined) return null;
  return { first, second, plan: latestPlanOf(plans, first.id), month: followUpMonth(first, second) };
}

/** A comparison row on the explorer's 0–100 scale, whole numbers, with the factor's name. */
export interface FollowUpRow {
  /** Factor id. */
  readonly factor: string;
  /** Its name in the interface language. */
  readonly label: string;
  /** First round's mean (0–100), or null. */
  readonly first: number | null;
  /** Second round's mean (0–100), or null. */
  readonly second: number | null;
  /** The model's projection at the follow-up month (0–100), or null. */
  readonly projected: number | null;
  /** second − first (points), or null. */
  readonly change: number | null;
  /** second − projected (points; positive: better than projected), or null. */
  readonly modelError: number | null;
}

const points = (v: number | null): number | null => (v === null ? null : Math.round(v * 100));

/**
 * The rows of `compareRounds` (values 0–1) as shown: whole points 0–100, and the change and the
 * model error as differences of the shown numbers (so the table adds up).
 */
export function followUpRows(
  comparison: readonly RoundComparison[],
  label: (factor: string) => string,
): FollowUpRow[] {
  return comparison.map((c) => {
    const first = points(c.first);
    const second = points(c.second);
    const projected = points(c.projected);
    return {
      factor: c.factor,
      label: label(c.factor),
      first,
      second,
      projected,
      change: first === null || second === null ? null : second - first,
      modelError: second === null || projected === null ? null : second - projected,
    };
  });
}

/** The headline under the table: how many factors went up and down, and where the model was most off. */
export interface FollowUpSummary {
  /** Factors whose mean went up. */
  readonly better: number;
  /** Factors whose mean went down. */
  readonly worse: number;
  /** The row with the largest |model error|, or null when nothing was projected. */
  readonly largestError: FollowUpRow | null;
}

/** Counts ups and downs and finds the largest departure from the projection. */
export function followUpSummary(rows: readonly FollowUpRow[]): FollowUpSummary {
  let largestError: FollowUpRow | null = null;
  for (const r of rows) {
    if (r.modelError === null) continue;
    if (largestError === null || Math.abs(r.modelError) > Math.abs(largestError.modelError ?? 0))
      largestError = r;
  }
  return {
    better: rows.filter((r) => (r.change ?? 0) > 0).length,
    worse: rows.filter((r) => (r.change ?? 0) < 0).length,
    largestError,
  };
}

/** Where the dot chart draws one factor. */
export interface DotRow {
  /** Factor id. */
  readonly factor: string;
  /** Its name. */
  readonly label: string;
  /** Centre line of the row (px). */
  readonly y: number;
  /** x of the first round's dot, or null. */
  readonly first: number | null;
  /** x of the second round's dot, or null. */
  readonly second: number | null;
  /** x of the projection's mark, or null. */
  readonly projected: number | null;
}

/** The dot chart's layout: a row per factor, a 0–100 axis. */
export interface DotChart {
  /** Rows, in table order. */
  readonly rows: readonly DotRow[];
  /** Ticks along the axis. */
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
  /** Plot area. */
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  /** Total height (px). */
  readonly height: number;
}

/**
 * Lays out the dot chart (d3 scales): factor names in a left column `labelWidth` wide, values
 * 0–100 across the rest of `width`, `rowHeight` px per factor, the axis below.
 */
export function dotChart(
  rows: readonly FollowUpRow[],
  width: number,
  options: { labelWidth: number; rowHeight: number; axis: number; pad: number },
): DotChart {
  const { labelWidth, rowHeight, axis, pad } = options;
  const height = rows.length * rowHeight + axis + pad;
  const x = scaleLinear()
    .domain([0, 100])
    .range([labelWidth, Math.max(labelWidth + 10, width - pad)]);
  const y = scaleBand()
    .domain(rows.map((r) => r.factor))
    .range([pad, pad + rows.length * rowHeight]);
  const at = (v: number | null): number | null => (v === null ? null : x(Math.min(100, Math.max(0, v))));
  return {
    rows: rows.map((r) => ({
      factor: r.factor,
      label: r.label,
      y: (y(r.factor) ?? 0) + y.bandwidth() / 2,
      first: at(r.first),
      second: at(r.second),
      projected: at(r.projected),
    })),
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, x: x(value) })),
    plot: { x0: x(0), x1: x(100), y0: pad, y1: pad + rows.length * rowHeight },
    height,
  };
}
