import { area, line, scaleLinear } from 'd3';
import type { MonteCarloBand } from '@samenspel/core';

/** Size of the band chart in SVG units. */
export const CHART = { width: 320, height: 180, left: 34, right: 8, top: 8, bottom: 26 } as const;

/** What the band chart draws: paths, axis ticks, all computed by d3, rendered by Svelte. */
export interface BandChartShapes {
  /** Area between the 5th and 95th percentile. */
  readonly outer: string;
  /** Area between the 25th and 75th percentile. */
  readonly inner: string;
  /** The median line. */
  readonly median: string;
  /** Ticks of the month axis: position and label. */
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  /** Ticks of the level axis (percent): position and label. */
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
}

/** The shapes of a factor's band over the months (levels 0–1 drawn as 0–100 %). */
export function bandChartShapes(months: Float64Array, band: MonteCarloBand): BandChartShapes {
  const last = months[months.length - 1] ?? 1;
  const x = scaleLinear()
    .domain([0, last])
    .range([CHART.left, CHART.width - CHART.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([CHART.height - CHART.bottom, CHART.top]);
  const index = Array.from(months, (_m, k) => k);
  const at = (values: Float64Array) => (k: number) => y(values[k] ?? 0);
  const month = (k: number) => x(months[k] ?? 0);
  const between = (lo: Float64Array, hi: Float64Array) =>
    area<number>().x(month).y0(at(lo)).y1(at(hi))(index) ?? '';
  return {
    outer: between(band.p5, band.p95),
    inner: between(band.p25, band.p75),
    median: line<number>().x(month).y(at(band.p50))(index) ?? '',
    xTicks: x.ticks(5).map((m) => ({ x: x(m), label: String(m) })),
    yTicks: [0, 0.5, 1].map((v) => ({ y: y(v), label: `${Math.round(v * 100)}%` })),
  };
}

/** Rows of the table alternative: every `every` months, and the last month. */
export function tableRows(
  months: Float64Array,
  band: MonteCarloBand,
  every = 6,
): { month: number; p5: number; p25: number; p50: number; p75: number; p95: number }[] {
  const rows = [];
  for (let k = 0; k < months.length; k++) {
    const m = months[k] ?? 0;
    if (m % every !== 0 && k !== months.length - 1) continue;
    rows.push({
      month: m,
      p5: band.p5[k] ?? 0,
      p25: band.p25[k] ?? 0,
      p50: band.p50[k] ?? 0,
      p75: band.p75[k] ?? 0,
      p95: band.p95[k] ?? 0,
    });
  }
  return rows;
}
