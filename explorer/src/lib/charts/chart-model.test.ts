import { resultToJson, simulate, type SimulationResultJson } from '@samenspel/core';
import { line } from 'd3';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../model.js';
import {
  buildPoints,
  chartFactors,
  chartScales,
  cursorValues,
  indexAtMonth,
  inputChanges,
  legendGroups,
  linePath,
  mechanismColour,
  monthAfterKey,
  monthAtX,
  monthTicks,
  seriesPoints,
  tableMonths,
  tableRows,
  tooltipLeft,
  valueAt,
  visibleFactors,
  type ChartLayout,
} from './chart-model.js';

const layout: ChartLayout = { width: 660, height: 300, margin: { top: 10, right: 20, bottom: 40, left: 40 } };
const run = resultToJson(simulate(model, defaultScenario()));

describe('chart factors', () => {
  const factors = chartFactors(model);

  it('draws all 13 factors, grouped by their first mechanism', () => {
    expect(factors).toHaveLength(13);
    expect(factors.map((f) => f.mechanism)).toEqual([
      ...Array<string>(4).fill('context'),
      ...Array<string>(4).fill('building'),
      ...Array<string>(4).fill('network'),
      'results',
    ]);
    expect(factors[0]?.id).toBe('externalContext');
  });

  it('gives each factor a colour and dash pattern no other factor has', () => {
    const keys = factors.map((f) => `${f.colour}|${f.dash}`);
    expect(new Set(keys).size).toBe(13);
    const building = factors.filter((f) => f.mechanism === 'building').map((f) => f.dash);
    expect(new Set(building).size).toBe(building.length);
    expect(factors[0]?.colour).toBe('var(--mech-context, #e69f00)');
    expect(mechanismColour('unknown')).toBe('var(--mech-unknown, #4a4a4a)');
  });

  it('filters by membership of a mechanism; null shows all', () => {
    expect(visibleFactors(factors, null)).toHaveLength(13);
    expect(
      visibleFactors(factors, 'network')
        .map((f) => f.id)
        .sort(),
    ).toEqual(
      [
        'collectiveIntelligence',
        'commonGround',
        'experiencedAddedValue',
        'localImplementation',
        'operationalisingCollaboration',
      ].sort(),
    );
    expect(visibleFactors(factors, 'pseudo').map((f) => f.id)).toEqual([
      'externalContext',
      'seekingEachOtherOut',
      'operationalisingCollaboration',
    ]);
  });
});

describe('scales and paths', () => {
  const scales = chartScales(60, layout);

  it('maps months across and levels 0–100 up inside the margins', () => {
    expect(scales.x(0)).toBe(40);
    expect(scales.x(60)).toBe(640);
    expect(scales.y(0)).toBe(260);
    expect(scales.y(100)).toBe(10);
  });

  it('turns a series into [month, level] points, dropping non-finite values', () => {
    expect(seriesPoints([0, 1, 2], [0.5, Number.NaN, 1.2])).toEqual([
      [0, 50],
      [2, 100],
    ]);
  });

  it('builds the points of one line per factor, starting at its month-0 level', () => {
    const points = buildPoints(run, ['trust', 'missing'], scales);
    expect(Object.keys(points)).toEqual(['trust']);
    expect([points.trust?.[0], points.trust?.[1]]).toEqual([scales.x(0), scales.y(25)]);
    expect(points.trust).toHaveLength(2 * run.time.length);
    expect(linePath([], [], scales)).toBe('');
    expect(buildPoints(null, ['trust'], scales)).toEqual({});
  });

  it('draws a path through exactly the points of seriesPoints, skipping non-finite values', () => {
    const time = [0, 10, 20, 30];
    const values = [0.5, Number.NaN, 1.2, -0.1];
    // Moves and lines written out by hand from the scales, rounded to one decimal as the chart does.
    const r = (x: number): number => Math.round(x * 10) / 10;
    const expected = seriesPoints(time, values)
      .map(([t, v], i) => `${i === 0 ? 'M' : 'L'}${String(r(scales.x(t)))},${String(r(scales.y(v)))}`)
      .join('');
    expect(linePath(time, values, scales)).toBe(expected);
  });

  it('writes the same path as d3 line().digits(1) through the same points', () => {
    const run = resultToJson(simulate(model, { initial: { trust: 0.83 } }, { loops: false }));
    const values = run.series['trust'] ?? [];
    const viaD3 = line()
      .x((p) => scales.x(p[0]))
      .y((p) => scales.y(p[1]))
      .digits(1);
    expect(linePath(run.time, values, scales)).toBe(viaD3(seriesPoints(run.time, values)));
  });

  it('chooses month ticks that fit', () => {
    expect(monthTicks(60, 12)).toEqual([0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60]);
    expect(monthTicks(60, 6)).toEqual([0, 12, 24, 36, 48, 60]);
    expect(monthTicks(12, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('values at a month', () => {
  it('finds the nearest saved time and the value there', () => {
    expect(indexAtMonth(run.time, 12)).toBe(48);
    expect(indexAtMonth(run.time, 12.1)).toBe(48);
    expect(indexAtMonth([], 3)).toBe(-1);
    expect(valueAt(run, 'trust', 0)).toBe(0.25);
    expect(valueAt(run, 'trust', 61)).toBeUndefined();
    expect(valueAt(null, 'trust', 0)).toBeUndefined();
  });

  it('moves the cursor by keys within the run', () => {
    expect(monthAfterKey('ArrowRight', 5, 60)).toBe(6);
    expect(monthAfterKey('ArrowLeft', 0, 60)).toBe(0);
    expect(monthAfterKey('PageUp', 55, 60)).toBe(60);
    expect(monthAfterKey('End', 3, 60)).toBe(60);
    expect(monthAfterKey('Home', 30, 60)).toBe(0);
    expect(monthAfterKey('a', 3, 60)).toBeNull();
    const scales = chartScales(60, layout);
    expect(monthAtX(scales.x(12.4), scales, 60)).toBe(12);
    expect(monthAtX(-100, scales, 60)).toBe(0);
  });
});

describe('table alternative', () => {
  it('uses months 0, 6, 12, 24 … up to the horizon, ending at the horizon', () => {
    expect(tableMonths(60)).toEqual([0, 6, 12, 24, 36, 48, 60]);
    expect(tableMonths(30)).toEqual([0, 6, 12, 24, 30]);
    expect(tableMonths(6)).toEqual([0, 6]);
    expect(tableMonths(120).at(-1)).toBe(120);
  });

  it('gives each factor its levels 0–100 at those months', () => {
    const [row] = tableRows(run, ['trust'], [0, 60]);
    expect(row?.levels[0]).toBe(25);
    expect(row?.levels[1]).toBe(Math.round((run.summary.final.trust ?? 0) * 100));
    const short = { ...run, time: [0], series: { trust: [0.5] } } as SimulationResultJson;
    expect(tableRows(short, ['trust'], [0, 6])[0]?.levels).toEqual([50, undefined]);
  });
});

describe('input changes', () => {
  it('lists the steps of step-wise inputs, in month order', () => {
    expect(inputChanges(defaultScenario())).toEqual([]);
    const s = {
      inputs: {
        networkObligation: [
          { month: 0, value: 0.2 },
          { month: 12, value: 0.8 },
        ],
        externalContext: [
          { month: 0, value: 0.5 },
          { month: 6, value: 0.5 },
          { month: 9, value: 0.3 },
        ],
      },
    };
    expect(inputChanges(s)).toEqual([
      { id: 'externalContext', month: 9, from: 0.5, to: 0.3 },
      { id: 'networkObligation', month: 12, from: 0.2, to: 0.8 },
    ]);
  });
});

describe('legend and tooltip', () => {
  const factors = chartFactors(model);

  it('groups the legend by mechanism in chart order', () => {
    const groups = legendGroups(factors);
    expect(groups.map((g) => g.mechanism)).toEqual(['context', 'building', 'network', 'results']);
    expect(groups.map((g) => g.factors.length)).toEqual([4, 4, 4, 1]);
    expect(legendGroups(visibleFactors(factors, 'pseudo')).map((g) => g.mechanism)).toEqual([
      'context',
      'building',
      'network',
    ]);
  });

  it('lists the values at a month, highest first, with the run without interventions beside them', () => {
    const rows = cursorValues(run, run, factors, 0);
    expect(rows).toHaveLength(13);
    expect(rows[0]?.factor.id).toBe('externalContext');
    const values = rows.map((r) => r.value ?? 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(rows.every((r) => r.without === r.value)).toBe(true);
    expect(cursorValues(run, null, factors, 0)[0]?.without).toBeUndefined();
  });
});

describe('tooltip placement', () => {
  it('puts the tooltip right of the cursor, else left of it, else against the right edge', () => {
    expect(tooltipLeft(100, 200, 600)).toBe(114);
    expect(tooltipLeft(500, 200, 600)).toBe(286);
    expect(tooltipLeft(200, 300, 350)).toBe(50);
    expect(tooltipLeft(200, 400, 350)).toBe(0);
  });
});
