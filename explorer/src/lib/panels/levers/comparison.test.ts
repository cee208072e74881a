import { resultToJson, simulate } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../../model.js';
import { CHART_FACTOR, KEY_FACTORS, comparisonRows, formatDifference, miniChart } from './comparison.js';

const base = defaultScenario();
const withRun = resultToJson(
  simulate(model, {
    ...base,
    interventions: [{ lever: 'facilitateCollectiveIntelligence', startMonth: 0, endMonth: 60, intensity: 1 }],
  }),
);
const withoutRun = resultToJson(simulate(model, base));

describe('comparisonRows', () => {
  const rows = comparisonRows(model, withRun, withoutRun, 'nl');

  it('gives the final value of each key factor with and without the levers', () => {
    expect(rows.map((r) => r.id)).toEqual([...KEY_FACTORS]);
    const ci = rows[0];
    expect(ci?.label).toBe('Collectieve intelligentie');
    expect(ci?.withLevers).toBe(Math.round((withRun.summary.final.collectiveIntelligence ?? NaN) * 100));
    expect(ci?.withoutLevers).toBe(
      Math.round((withoutRun.summary.final.collectiveIntelligence ?? NaN) * 100),
    );
    expect(ci?.difference).toBe((ci?.withLevers ?? 0) - (ci?.withoutLevers ?? 0));
    expect(ci?.difference).toBeGreaterThan(10);
  });

  it('names factors in the interface language and skips unknown ones', () => {
    expect(comparisonRows(model, withRun, withoutRun, 'en', ['trust', 'nope']).map((r) => r.label)).toEqual([
      'Trust',
    ]);
  });
});

describe('formatDifference', () => {
  it('always shows the sign, and zero without one', () => {
    expect(formatDifference(12)).toBe('+12');
    expect(formatDifference(-3)).toBe('−3');
    expect(formatDifference(0)).toBe('0');
  });
});

describe('miniChart', () => {
  const chart = miniChart(withRun, withoutRun, CHART_FACTOR, {
    width: 300,
    height: 120,
    left: 30,
    bottom: 18,
    pad: 6,
  });

  it('draws both runs across the plot area', () => {
    expect(chart.withPath).toMatch(/^M30,/);
    expect(chart.withoutPath).toMatch(/^M30,/);
    expect(chart.withPath).not.toBe(chart.withoutPath);
    expect(chart.plot).toEqual({ x0: 30, x1: 294, y0: 6, y1: 102 });
  });

  it('ticks months at both ends and levels 0, 50 and 100', () => {
    expect(chart.xTicks.map((t) => t.month)).toEqual([0, 24, 48, 60]);
    expect(chart.xTicks.at(-1)?.x).toBe(294);
    expect(chart.yTicks).toEqual([
      { level: 0, y: 102 },
      { level: 50, y: 54 },
      { level: 100, y: 6 },
    ]);
  });
});
