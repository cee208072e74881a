import { scaleLinear } from 'd3';
import { displayDigits, displayNumber, type Quantity } from './quantities.js';

/** Where the map's parts go, in SVG user units (the SVG scales to the panel's width). */
export interface MapGeometry {
  /** Columns (x values) and rows (y values). */
  readonly nx: number;
  /** See `nx`. */
  readonly ny: number;
  /** Size of one cell. */
  readonly cell: number;
  /** Left edge of the grid (room for the y ticks and title). */
  readonly left: number;
  /** Top edge of the grid. */
  readonly top: number;
  /** Width and height of the grid. */
  readonly plotW: number;
  /** See `plotW`. */
  readonly plotH: number;
  /** Size of the whole SVG (its viewBox). */
  readonly width: number;
  /** See `width`. */
  readonly height: number;
}

/** Lays out an `nx` × `ny` grid of square cells with room for ticks and axis titles. */
export function mapGeometry(nx: number, ny: number, cell = 18): MapGeometry {
  const left = 46;
  const top = 8;
  const right = 10;
  const bottom = 44;
  const plotW = nx * cell;
  const plotH = ny * cell;
  return { nx, ny, cell, left, top, plotW, plotH, width: left + plotW + right, height: top + plotH + bottom };
}

/**
 * The rectangle of cell (i, j): column i from the left, row j from the bottom (y grows upwards,
 * like a chart), so the highest values of both quantities are in the top right.
 */
export function cellRect(geo: MapGeometry, i: number, j: number): { x: number; y: number; size: number } {
  return { x: geo.left + i * geo.cell, y: geo.top + (geo.ny - 1 - j) * geo.cell, size: geo.cell };
}

/** Scales from a quantity's values to positions: its first value at the centre of the first cell. */
export function axisScales(geo: MapGeometry, x: Quantity, y: Quantity) {
  const half = geo.cell / 2;
  return {
    x: scaleLinear()
      .domain([x.from, x.to])
      .range([geo.left + half, geo.left + geo.plotW - half])
      .clamp(true),
    y: scaleLinear()
      .domain([y.from, y.to])
      .range([geo.top + geo.plotH - half, geo.top + half])
      .clamp(true),
  };
}

/**
 * Where the region's ring goes: at its current values of both quantities (clamped to the map), or
 * null when it has no single value on one of them (an input that varies over time).
 */
export function markerPosition(
  geo: MapGeometry,
  x: Quantity,
  y: Quantity,
  xValue: number | null,
  yValue: number | null,
): { cx: number; cy: number } | null {
  if (xValue === null || yValue === null) return null;
  const s = axisScales(geo, x, y);
  return { cx: s.x(xValue), cy: s.y(yValue) };
}

/** Three ticks per axis (low, middle, high), each with its position and shown label. */
export function axisTicks(geo: MapGeometry, x: Quantity, y: Quantity) {
  const s = axisScales(geo, x, y);
  const ticks = (q: Quantity) => [q.from, (q.from + q.to) / 2, q.to];
  const label = (q: Quantity, v: number) => String(displayNumber(q, v, displayDigits(q)));
  return {
    x: ticks(x).map((v) => ({ pos: s.x(v), label: label(x, v) })),
    y: ticks(y).map((v) => ({ pos: s.y(v), label: label(y, v) })),
  };
}

/**
 * An SVG path along the inner borders between cells where collaboration takes off and cells where
 * it does not (`present`, row-major as `sweep2d` returns it). Empty when all cells agree.
 */
export function takeOffOutline(geo: MapGeometry, present: ArrayLike<number>): string {
  const { nx, ny } = geo;
  const at = (i: number, j: number) => present[j * nx + i] === 1;
  const parts: string[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (!at(i, j)) continue;
      const r = cellRect(geo, i, j);
      const x0 = r.x;
      const x1 = r.x + r.size;
      const yTop = r.y;
      const yBottom = r.y + r.size;
      if (i + 1 < nx && !at(i + 1, j)) parts.push(`M${x1} ${yTop}V${yBottom}`);
      if (i > 0 && !at(i - 1, j)) parts.push(`M${x0} ${yTop}V${yBottom}`);
      if (j + 1 < ny && !at(i, j + 1)) parts.push(`M${x0} ${yTop}H${x1}`);
      if (j > 0 && !at(i, j - 1)) parts.push(`M${x0} ${yBottom}H${x1}`);
    }
  }
  return parts.join('');
}
