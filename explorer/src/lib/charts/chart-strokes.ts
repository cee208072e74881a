import type { ChartFactor } from './chart-model.js';
import { pointsPath, WITHOUT_DASH } from './chart-model.js';

/** One line of the chart as drawn: its path, colour, width, dash and opacity. */
export interface ChartStroke {
  /** Factor id. */
  readonly id: string;
  /** True for the dashed line of the run without interventions. */
  readonly without: boolean;
  /** The line's points in px, as x, y pairs (see `linePoints`). */
  readonly points: Float64Array;
  /** Resolved colour (no CSS variables: a canvas and a standalone file cannot resolve those). */
  readonly colour: string;
  /** Line width in px. */
  readonly width: number;
  /** Dash pattern in px (empty: solid). */
  readonly dash: readonly number[];
  /** Opacity 0–1. */
  readonly opacity: number;
}

/** An SVG dash array ('6 3', '1,3', '') as numbers. */
export function dashNumbers(dash: string): number[] {
  return dash
    .split(/[\s,]+/)
    .filter((part) => part !== '')
    .map(Number)
    .filter((n) => Number.isFinite(n) && n >= 0);
}

/**
 * `var(--name, fallback)` (how chart colours are written) resolved with `lookup` (a custom
 * property's value, '' when unset), else its fallback; any other colour as it is.
 */
export function resolveColour(css: string, lookup: (property: string) => string): string {
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(css.trim());
  if (m === null) return css;
  const value = lookup(m[1] as string).trim();
  return value !== '' ? value : (m[2]?.trim() ?? '#4a4a4a');
}

/**
 * The chart's lines in drawing order: first the dashed runs without interventions (when shown),
 * then the runs, one per shown factor with a path; a highlighted factor is drawn wider and the
 * others faded, as the legend asks.
 */
export function chartStrokes(
  paths: Readonly<Record<string, Float64Array>>,
  withoutPaths: Readonly<Record<string, Float64Array>> | null,
  shown: readonly ChartFactor[],
  highlighted: string | null,
  colourOf: (css: string) => string,
): ChartStroke[] {
  const lit = (id: string) => highlighted === null || highlighted === id;
  const out: ChartStroke[] = [];
  if (withoutPaths !== null) {
    for (const f of shown) {
      const points = withoutPaths[f.id];
      if (points === undefined || points.length < 4) continue;
      const colour = colourOf(f.colour);
      out.push({
        id: f.id,
        without: true,
        points,
        colour,
        width: 1.5,
        dash: dashNumbers(WITHOUT_DASH),
        opacity: lit(f.id) ? 0.6 : 0.12,
      });
    }
  }
  for (const f of shown) {
    const points = paths[f.id];
    if (points === undefined || points.length < 4) continue;
    out.push({
      id: f.id,
      without: false,
      points,
      colour: colourOf(f.colour),
      width: highlighted === f.id ? 3.75 : 2.25,
      dash: dashNumbers(f.dash),
      opacity: lit(f.id) ? 1 : 0.18,
    });
  }
  return out;
}

/** Draws strokes on a 2-D canvas context whose drawing is in CSS px (the caller sets the scale). */
export function drawStrokes(ctx: CanvasRenderingContext2D, strokes: readonly ChartStroke[]): void {
  ctx.lineJoin = 'round';
  for (const s of strokes) {
    ctx.globalAlpha = s.opacity;
    ctx.lineWidth = s.width;
    ctx.strokeStyle = s.colour;
    ctx.setLineDash([...s.dash]);
    ctx.beginPath();
    ctx.moveTo(s.points[0] as number, s.points[1] as number);
    for (let k = 2; k + 1 < s.points.length; k += 2)
      ctx.lineTo(s.points[k] as number, s.points[k + 1] as number);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/** The strokes as SVG `<path>` elements (for the downloaded file, where the canvas is not). */
export function strokesToSvg(strokes: readonly ChartStroke[]): string {
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return strokes
    .map(
      (s) =>
        `<path ${s.without ? 'data-without' : 'data-factor'}="${attr(s.id)}" d="${pointsPath(s.points)}" fill="none" stroke="${attr(s.colour)}" stroke-width="${String(s.width)}"` +
        `${s.dash.length > 0 ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''} stroke-linejoin="round"${s.opacity < 1 ? ` opacity="${String(s.opacity)}"` : ''}/>`,
    )
    .join('');
}
