import { describe, expect, it } from 'vitest';
import { bistableModel } from '../test-support/bistable.js';
import { sweep1d, sweep2d } from './sweep.js';
import { sweep1dToCsv, sweep2dToCsv } from './sweep-csv.js';

const parse = (csv: string) =>
  csv
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));

describe('sweep CSV', () => {
  it('writes a 1-D sweep as one row per value, numbers that read back exactly', () => {
    const x = { target: { kind: 'uniformInitial' }, from: 0, to: 1, steps: 5 } as const;
    const r = sweep1d(bistableModel, {}, x, { kind: 'final', variable: 'a' }, { pattern: 'takesOff' });
    const rows = parse(sweep1dToCsv(r, { x: 'start', outcome: 'final a' }));
    expect(rows[0]).toEqual(['start', 'final a', 'present']);
    expect(rows.length).toBe(6);
    rows.slice(1).forEach((row, i) => {
      expect(Number(row[0])).toBe(r.xValues[i]);
      expect(Number(row[1])).toBe(r.values[i]);
      expect(Number(row[2])).toBe(r.present?.[i]);
    });
  });

  it('writes a 2-D sweep in long form, x varying fastest, and quotes a header with a comma', () => {
    const x = { target: { kind: 'uniformInitial' }, from: 0, to: 1, steps: 3 } as const;
    const y = { target: { kind: 'input', input: 'climate' }, from: 0, to: 1, steps: 2 } as const;
    const r = sweep2d(bistableModel, {}, x, y, { kind: 'final', variable: 'b' });
    const csv = sweep2dToCsv(r, { x: 'start', y: 'climate', outcome: 'b, final' });
    expect(csv.split('\n')[0]).toBe('start,climate,"b, final"');
    const rows = parse(csv).slice(1);
    expect(rows.length).toBe(6);
    expect(rows.map((row) => [Number(row[0]), Number(row[1])])).toEqual([
      [0, 0],
      [0.5, 0],
      [1, 0],
      [0, 1],
      [0.5, 1],
      [1, 1],
    ]);
    expect(rows.map((row) => Number(row[2]))).toEqual([...r.values]);
  });
});
