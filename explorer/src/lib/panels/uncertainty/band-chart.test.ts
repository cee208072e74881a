import type { MonteCarloBand } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { bandChartShapes, CHART, tableRows } from './band-chart.js';

const months = Float64Array.from({ length: 13 }, (_, k) => k);
const band: MonteCarloBand = {
  variable: 'trust',
  p5: months.map(() => 0.1),
  p25: months.map(() => 0.2),
  p50: months.map((m) => 0.3 + m / 100),
  p75: months.map(() => 0.6),
  p95: months.map(() => 0.9),
};

describe('bandChartShapes', () => {
  const shapes = bandChartShapes(months, band);
  it('draws the median from the left edge at its level to the right edge', () => {
    const points = shapes.median
      .slice(1)
      .split('L')
      .map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(13);
    expect(points[0]?.[0]).toBe(CHART.left);
    expect(points.at(-1)?.[0]).toBe(CHART.width - CHART.right);
    const yOf = (v: number) => CHART.height - CHART.bottom - v * (CHART.height - CHART.bottom - CHART.top);
    expect(points[0]?.[1]).toBeCloseTo(yOf(0.3), 9);
  });
  it('draws both bands as closed areas and labels the level axis in percent', () => {
    expect(shapes.outer).toMatch(/^M.*Z$/);
    expect(shapes.inner).toMatch(/^M.*Z$/);
    expect(shapes.yTicks.map((t) => t.label)).toEqual(['0%', '50%', '100%']);
  });
});

describe('tableRows', () => {
  it('lists every 6th month and the last one', () => {
    expect(tableRows(months, band).map((r) => r.month)).toEqual([0, 6, 12]);
    expect(tableRows(months, band, 5).map((r) => r.month)).toEqual([0, 5, 10, 12]);
    expect(tableRows(months, band)[1]).toEqual({
      month: 6,
      p5: 0.1,
      p25: 0.2,
      p50: 0.36,
      p75: 0.6,
      p95: 0.9,
    });
  });
});
