import type { LocalText, Model, Scenario, SimulationResultJson } from '@samenspel/core';
import { bisector, scaleLinear, type ScaleLinear } from 'd3';
import { clamp, toLevel } from './level.js';

/**
 * The colours of `src/styles.css` per mechanism, repeated as fallbacks so that an exported SVG
 * (which has no page style sheet) keeps them: `var(--mech-context, #e69f00)`.
 */
export const MECHANISM_FALLBACK_COLOURS: Readonly<Record<string, string>> = {
  context: '#e69f00',
  building: '#0072b2',
  network: '#009e73',
  results: '#d55e00',
  pseudo: '#cc79a7',
};

/** The CSS colour of a mechanism: its `--mech-*` variable with the palette colour as fallback. */
export function mechanismColour(mechanismId: string): string {
  return `var(--mech-${mechanismId}, ${MECHANISM_FALLBACK_COLOURS[mechanismId] ?? '#4a4a4a'})`;
}

/**
 * Dash patterns given to the factors of one mechanism in turn, so lines of the same colour differ
 * without colour too ('' is solid).
 */
export const DASH_PATTERNS: readonly string[] = ['', '9 4', '2 3', '12 3 3 3', '5 2'];

/** Font sizes (px) of the chart's texts: normal and presentation mode. */
export const CHART_FONT = { normal: 12.5, presentation: 17 } as const;

/** Dash pattern of the "without interventions" lines. */
export const WITHOUT_DASH = '3 5';

/** A factor as the chart draws it. */
export interface ChartFactor {
  /** Factor id. */
  readonly id: string;
  /** Name (model text). */
  readonly label: LocalText;
  /** The mechanism that gives the line its colour: the factor's first. */
  readonly mechanism: string;
  /** All mechanisms the factor belongs to (for filtering). */
  readonly mechanisms: readonly string[];
  /** CSS colour. */
  readonly colour: string;
  /** SVG dash array ('' for solid). */
  readonly dash: string;
}

/**
 * All factors of the model (exogenous ones too) as chart lines, grouped by their first mechanism in
 * the model's mechanism order, each with the mechanism's colour and a dash pattern distinct within
 * that mechanism.
 */
export function chartFactors(model: Model): ChartFactor[] {
  const order = model.mechanisms.map((m) => m.id);
  const rank = (id: string): number => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const sorted = model.factors
    .map((f, index) => ({ f, index, mechanism: f.mechanisms[0] ?? '' }))
    .sort((a, b) => rank(a.mechanism) - rank(b.mechanism) || a.index - b.index);
  const seen = new Map<string, number>();
  return sorted.map(({ f, mechanism }) => {
    const n = seen.get(mechanism) ?? 0;
    seen.set(mechanism, n + 1);
    return {
      id: f.id,
      label: f.label,
      mechanism,
      mechanisms: f.mechanisms,
      colour: mechanismColour(mechanism),
      dash: DASH_PATTERNS[n % DASH_PATTERNS.length] ?? '',
    };
  });
}

/** The factors shown for a mechanism filter: all for null, else those belonging to the mechanism. */
export function visibleFactors(factors: readonly ChartFactor[], filter: string | null): ChartFactor[] {
  return filter === null ? [...factors] : factors.filter((f) => f.mechanisms.includes(filter));
}

/** Chart size and margins (px). */
export interface ChartLayout {
  /** Width of the SVG. */
  readonly width: number;
  /** Height of the SVG. */
  readonly height: number;
  /** Space around the plot area for axes and labels. */
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}

/** The chart's scales: months across, level 0–100 up. */
export interface ChartScales {
  /** Month → x (px). */
  readonly x: ScaleLinear<number, number>;
  /** Level 0–100 → y (px). */
  readonly y: ScaleLinear<number, number>;
}

/** Scales for a run of `horizon` months drawn in `layout`. */
export function chartScales(horizon: number, layout: ChartLayout): ChartScales {
  const { width, height, margin } = layout;
  return {
    x: scaleLinear()
      .domain([0, Math.max(1, horizon)])
      .range([margin.left, Math.max(margin.left + 1, width - margin.right)]),
    y: scaleLinear()
      .domain([0, 100])
      .range([Math.max(margin.top + 1, height - margin.bottom), margin.top]),
  };
}

/** A series as points [month, level 0–100], leaving out values that are not finite. */
export function seriesPoints(time: readonly number[], values: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  const n = Math.min(time.length, values.length);
  for (let i = 0; i < n; i++) {
    const t = time[i];
    const v = values[i];
    if (t !== undefined && v !== undefined && Number.isFinite(v)) out.push([t, clamp(v, 0, 1) * 100]);
  }
  return out;
}

/**
 * The points of one series in the given scales, as x, y pairs in one array (values that are not
 * finite are left out): what the chart's canvas draws on every slider input, without strings.
 */
export function linePoints(
  time: readonly number[],
  values: readonly number[],
  scales: ChartScales,
): Float64Array {
  const n = Math.min(time.length, values.length);
  const out = new Float64Array(2 * n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const t = time[i];
    const v = values[i];
    if (t === undefined || v === undefined || !Number.isFinite(v)) continue;
    out[k++] = scales.x(t);
    out[k++] = scales.y(clamp(v, 0, 1) * 100);
  }
  return k === out.length ? out : out.slice(0, k);
}

/**
 * The SVG path of points from {@link linePoints} ('' when there are none): a line through them,
 * coordinates rounded to one decimal (as d3's `line().digits(1)` writes them).
 */
export function pointsPath(points: Float64Array): string {
  let d = '';
  for (let k = 0; k + 1 < points.length; k += 2) {
    const x = Math.round((points[k] as number) * 10) / 10;
    const y = Math.round((points[k + 1] as number) * 10) / 10;
    d += `${d === '' ? 'M' : 'L'}${String(x)},${String(y)}`;
  }
  return d;
}

/**
 * The SVG path of one series in the given scales ('' when it has no points): a line through the
 * points of {@link seriesPoints}, coordinates rounded to one decimal (as d3's `line().digits(1)`
 * writes them).
 */
export function linePath(time: readonly number[], values: readonly number[], scales: ChartScales): string {
  return pointsPath(linePoints(time, values, scales));
}

/** Points of the given factors of a run, by id (factors missing from the run are left out). */
export function buildPoints(
  result: SimulationResultJson | null,
  ids: readonly string[],
  scales: ChartScales,
): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  if (result === null) return out;
  for (const id of ids) {
    const values = result.series[id];
    if (values !== undefined) out[id] = linePoints(result.time, values, scales);
  }
  return out;
}

/** Month ticks: whole steps of 1, 3, 6, 12, 24 or 48 months, the finest that fits `maxTicks`. */
export function monthTicks(horizon: number, maxTicks = 12): number[] {
  const steps = [1, 3, 6, 12, 24, 48, 96];
  const step = steps.find((s) => horizon / s <= Math.max(1, maxTicks)) ?? 96;
  const ticks: number[] = [];
  for (let m = 0; m <= horizon + 1e-9; m += step) ticks.push(m);
  return ticks;
}

const byTime = bisector((t: number) => t);

/** Index of the saved time nearest to `month` (-1 for an empty run). */
export function indexAtMonth(time: readonly number[], month: number): number {
  if (time.length === 0) return -1;
  return clamp(byTime.center(time, month), 0, time.length - 1);
}

/**
 * A run's value (0–1) of a variable at a month (the nearest saved time), or undefined when the month
 * is outside the run or the variable is missing.
 */
export function valueAt(result: SimulationResultJson | null, id: string, month: number): number | undefined {
  if (result === null) return undefined;
  const last = result.time.at(-1);
  if (last === undefined || month < 0 || month > last + 1e-9) return undefined;
  return result.series[id]?.[indexAtMonth(result.time, month)];
}

/** The months of the table alternative: 0, 6, then every 12 up to the horizon, and the horizon itself. */
export function tableMonths(horizon: number): number[] {
  const h = Math.max(0, Math.round(horizon));
  const months = [0, 6, ...Array.from({ length: Math.floor(h / 12) }, (_, i) => (i + 1) * 12)].filter(
    (m) => m <= h,
  );
  if (months.at(-1) !== h) months.push(h);
  return months;
}

/** One row of the table alternative: a factor's levels (0–100) at the table's months. */
export interface TableRow {
  /** Factor id. */
  readonly id: string;
  /** Level 0–100 per month (undefined when the run has no value there). */
  readonly levels: readonly (number | undefined)[];
}

/** Rows of the table alternative for the given factors of a run. */
export function tableRows(
  result: SimulationResultJson | null,
  ids: readonly string[],
  months: readonly number[],
): TableRow[] {
  return ids.map((id) => ({
    id,
    levels: months.map((m) => {
      const v = valueAt(result, id, m);
      return v === undefined || !Number.isFinite(v) ? undefined : toLevel(v);
    }),
  }));
}

/** A step in an input of the scenario, drawn as a marker on the chart. */
export interface InputChange {
  /** Input (or exogenous factor) id. */
  readonly id: string;
  /** Month of the step. */
  readonly month: number;
  /** Value before (0–1). */
  readonly from: number;
  /** Value after (0–1). */
  readonly to: number;
}

/** The steps in the scenario's step-wise inputs (points after month 0 that change the value). */
export function inputChanges(scenario: Scenario): InputChange[] {
  const out: InputChange[] = [];
  for (const [id, setting] of Object.entries(scenario.inputs ?? {})) {
    if (typeof setting === 'number') continue;
    let prev = setting[0]?.value;
    for (const p of setting) {
      if (p.month > 0 && prev !== undefined && p.value !== prev)
        out.push({ id, month: p.month, from: prev, to: p.value });
      prev = p.value;
    }
  }
  return out.sort((a, b) => a.month - b.month);
}

/** The whole month under an x position, within the run. */
export function monthAtX(x: number, scales: ChartScales, horizon: number): number {
  return clamp(Math.round(scales.x.invert(x)), 0, Math.max(0, horizon));
}

/**
 * The month a key moves the chart cursor to (arrows ±1, Page Up/Down ±12, Home/End to the ends),
 * or null for other keys.
 */
export function monthAfterKey(key: string, month: number, horizon: number): number | null {
  const m = Math.round(month);
  const to = (next: number): number => clamp(next, 0, Math.max(0, horizon));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return to(m + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return to(m - 1);
    case 'PageUp':
      return to(m + 12);
    case 'PageDown':
      return to(m - 12);
    case 'Home':
      return 0;
    case 'End':
      return to(horizon);
    default:
      return null;
  }
}

/** Chart factors of one mechanism (for the legend). */
export interface LegendGroup {
  /** Mechanism id (the factors' colour). */
  readonly mechanism: string;
  /** The factors, in chart order. */
  readonly factors: readonly ChartFactor[];
}

/** The factors grouped by the mechanism that colours them, keeping their order. */
export function legendGroups(factors: readonly ChartFactor[]): LegendGroup[] {
  const groups: { mechanism: string; factors: ChartFactor[] }[] = [];
  for (const f of factors) {
    const last = groups.at(-1);
    if (last?.mechanism === f.mechanism) last.factors.push(f);
    else groups.push({ mechanism: f.mechanism, factors: [f] });
  }
  return groups;
}

/** One line of the hover tooltip: a factor's value (0–1) and, if shown, its value without interventions. */
export interface CursorValue {
  /** The factor. */
  readonly factor: ChartFactor;
  /** Value in the run (undefined when missing). */
  readonly value: number | undefined;
  /** Value in the run without interventions (undefined when there is none). */
  readonly without: number | undefined;
}

/** The factors' values at a month, highest first (the order the lines have there). */
export function cursorValues(
  result: SimulationResultJson | null,
  without: SimulationResultJson | null,
  factors: readonly ChartFactor[],
  month: number,
): CursorValue[] {
  return factors
    .map((factor) => ({
      factor,
      value: valueAt(result, factor.id, month),
      without: valueAt(without, factor.id, month),
    }))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}

/**
 * Left edge (px) of a tooltip `tipWidth` wide beside a cursor at `x` in a plot `width` wide: right of
 * the cursor when it fits, else left of it, else as far right as the plot allows.
 */
export function tooltipLeft(x: number, tipWidth: number, width: number, gap = 14): number {
  if (x + gap + tipWidth <= width) return x + gap;
  if (x - gap - tipWidth >= 0) return x - gap - tipWidth;
  return Math.max(0, width - tipWidth);
}
