import { describe, expect, it } from 'vitest';
import {
  parseChangeMonth,
  readInput,
  seriesValueAt,
  withChange,
  withStart,
  withoutChange,
  writeInput,
} from './input-series.js';

describe('input series editing', () => {
  it('reads constants, missing settings and step series', () => {
    expect(readInput(0.3, 0.5)).toEqual({ start: 0.3, change: null });
    expect(readInput(undefined, 0.5)).toEqual({ start: 0.5, change: null });
    expect(
      readInput(
        [
          { month: 0, value: 0.2 },
          { month: 12, value: 0.8 },
        ],
        0.5,
      ),
    ).toEqual({ start: 0.2, change: { month: 12, value: 0.8 } });
  });

  it('writes a constant without a change and the two-point step form with one', () => {
    expect(writeInput({ start: 0.4, change: null })).toBe(0.4);
    expect(writeInput({ start: 0.4, change: { month: 12, value: 0.9 } })).toEqual([
      { month: 0, value: 0.4 },
      { month: 12, value: 0.9 },
    ]);
  });

  it('keeps months increasing and values in [0, 1]', () => {
    expect(writeInput({ start: 1.2, change: { month: 0, value: -1 } })).toEqual([
      { month: 0, value: 1 },
      { month: 1, value: 0 },
    ]);
  });

  it('adds a change (new value defaults to the start), edits it, and removes it again', () => {
    const stepped = withChange(0.2, 0.5, 12);
    expect(stepped).toEqual([
      { month: 0, value: 0.2 },
      { month: 12, value: 0.2 },
    ]);
    const raised = withChange(stepped, 0.5, 12, 0.9);
    expect(raised).toEqual([
      { month: 0, value: 0.2 },
      { month: 12, value: 0.9 },
    ]);
    expect(withChange(raised, 0.5, 24)).toEqual([
      { month: 0, value: 0.2 },
      { month: 24, value: 0.9 },
    ]);
    expect(withStart(raised, 0.5, 0.1)).toEqual([
      { month: 0, value: 0.1 },
      { month: 12, value: 0.9 },
    ]);
    expect(withoutChange(raised, 0.5)).toBe(0.2);
    expect(withStart(undefined, 0.5, 0.7)).toBe(0.7);
  });

  it('evaluates a series as the engine does: the last point at or before the month', () => {
    const s = [
      { month: 0, value: 0.2 },
      { month: 12, value: 0.8 },
    ];
    expect(seriesValueAt(s, 0)).toBe(0.2);
    expect(seriesValueAt(s, 11.75)).toBe(0.2);
    expect(seriesValueAt(s, 12)).toBe(0.8);
    expect(seriesValueAt(0.4, 30)).toBe(0.4);
  });

  it('parses a typed change month within the run', () => {
    expect(parseChangeMonth('12', 60)).toBe(12);
    expect(parseChangeMonth('0', 60)).toBe(1);
    expect(parseChangeMonth('99', 60)).toBe(60);
    expect(parseChangeMonth('7.6', 60)).toBe(8);
    expect(parseChangeMonth('', 60)).toBeNull();
    expect(parseChangeMonth('abc', 60)).toBeNull();
  });
});
