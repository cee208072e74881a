import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/scenario-types.js';
import { simulate } from '../simulate/simulate.js';
import { bistableModel } from '../test-support/bistable.js';
import { sensitivity } from './sensitivity.js';

const base: Scenario = { initial: { a: 0.3, b: 0.3 }, parameters: { strain: 0.05 } };
const levelAt = (scenario: Scenario, month: number) =>
  simulate(bistableModel, scenario, { loops: false }).series.b?.[month / 0.25] as number;

describe('sensitivity', () => {
  const result = sensitivity(bistableModel, base, {
    outcome: 'b',
    month: 24,
    span: { kind: 'fraction', fraction: 0.2 },
  });

  it('has a row per parameter and per endogenous initial level', () => {
    const ids = result.rows.map((r) => `${r.kind}:${r.id}`).sort();
    expect(ids).toContain('parameter:strain');
    expect(ids).toContain('parameter:a-b.weight');
    expect(ids).toContain('initial:a');
    expect(ids).toContain('initial:b');
  });

  it('moves a parameter by ± the fraction of its value and measures as a direct run does', () => {
    const row = result.rows.find((r) => r.id === 'strain');
    expect(row).toMatchObject({ kind: 'parameter', base: 0.05, low: 0.05 * 0.8, high: 0.05 * 1.2 });
    expect(row?.outcomeHigh).toBe(levelAt({ ...base, parameters: { strain: 0.05 * 1.2 } }, 24));
    expect(result.baseline).toBe(levelAt(base, 24));
  });

  it('moves an initial level by ± the fraction itself', () => {
    const row = result.rows.find((r) => r.kind === 'initial' && r.id === 'a');
    expect(row?.low).toBeCloseTo(0.1, 12);
    expect(row?.high).toBeCloseTo(0.5, 12);
    expect(row?.outcomeLow).toBe(levelAt({ ...base, initial: { a: row?.low as number, b: 0.3 } }, 24));
  });

  it('sorts the rows by swing, largest first', () => {
    const swings = result.rows.map((r) => r.swing);
    expect(swings).toEqual([...swings].sort((p, q) => q - p));
    expect(result.rows[0]?.swing).toBeGreaterThan(0);
  });

  it('uses the allowed range with span "range"', () => {
    const r = sensitivity(bistableModel, base, {
      outcome: 'b',
      month: 60,
      parameters: ['strain'],
      initial: ['a'],
      span: { kind: 'range' },
    });
    expect(r.rows.map((row) => [row.id, row.low, row.high]).sort()).toEqual([
      ['a', 0, 1],
      ['strain', 0, 0.5],
    ]);
  });

  it('names an unknown outcome, parameter or factor and a month outside the run', () => {
    expect(() => sensitivity(bistableModel, base, { outcome: 'ghost', month: 1 })).toThrow(/ghost/);
    expect(() => sensitivity(bistableModel, base, { outcome: 'b', month: 1, parameters: ['ghost'] })).toThrow(
      /ghost/,
    );
    expect(() => sensitivity(bistableModel, base, { outcome: 'b', month: 1, initial: ['climate'] })).toThrow(
      /climate/,
    );
    expect(() => sensitivity(bistableModel, base, { outcome: 'b', month: 61 })).toThrow(RangeError);
  });
});
