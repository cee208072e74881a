import type { FullIntervention } from './intervention-edits.js';

/**
 * Geometry of the lever timeline, in percent of the track width so that the CSS grid that draws it
 * follows the panel's width and the type size (presentation mode) without measuring.
 */

/** One intervention drawn as a bar from its start to its end month. */
export interface TimelineBar {
  /** Index in the scenario's interventions. */
  readonly index: number;
  /** Lever id. */
  readonly lever: string;
  /** Left edge (% of the track). */
  readonly left: number;
  /** Width (% of the track); at least {@link MIN_BAR_PERCENT}, so a zero-length bar stays visible. */
  readonly width: number;
  /** Height of the fill (% of the bar): the intensity. */
  readonly fill: number;
  /** Start month. */
  readonly startMonth: number;
  /** End month. */
  readonly endMonth: number;
  /** Intensity 0–1. */
  readonly intensity: number;
}

/** A month tick of the axis. */
export interface TimelineTick {
  /** The month. */
  readonly month: number;
  /** Position (% of the track). */
  readonly at: number;
  /** How its label aligns to the position, so the first and last labels stay inside the track. */
  readonly align: 'start' | 'middle' | 'end';
}

/** Narrowest bar drawn (% of the track). */
export const MIN_BAR_PERCENT = 0.8;

/** Month step of the axis ticks: whole years for long runs, quarters or months for short ones. */
export function tickStep(horizon: number): number {
  if (horizon > 48) return 12;
  if (horizon > 18) return 6;
  if (horizon > 6) return 3;
  return 1;
}

function percent(month: number, span: number): number {
  return (Math.min(span, Math.max(0, month)) / span) * 100;
}

/** The interventions as bars over months 0..horizon, in scenario order. */
export function timelineBars(interventions: readonly FullIntervention[], horizon: number): TimelineBar[] {
  const span = horizon > 0 ? horizon : 1;
  return interventions.map((iv, index) => {
    const left = percent(iv.startMonth, span);
    const right = percent(iv.endMonth, span);
    const intensity = Math.min(1, Math.max(0, iv.intensity));
    const width = Math.max(MIN_BAR_PERCENT, right - left);
    return {
      index,
      lever: iv.lever,
      left: Math.min(left, 100 - width),
      width,
      fill: intensity * 100,
      startMonth: iv.startMonth,
      endMonth: iv.endMonth,
      intensity,
    };
  });
}

/** Month ticks of the axis, 0 and the horizon included (a step too close to the horizon is dropped). */
export function timelineTicks(horizon: number): TimelineTick[] {
  const span = horizon > 0 ? horizon : 1;
  const step = tickStep(span);
  const months: number[] = [];
  for (let m = 0; m < span; m += step) months.push(m);
  if (months.length > 1 && span - (months.at(-1) ?? 0) < step / 2) months.pop();
  months.push(span);
  return months.map((month, i) => ({
    month,
    at: percent(month, span),
    align: i === 0 ? 'start' : i === months.length - 1 ? 'end' : 'middle',
  }));
}
