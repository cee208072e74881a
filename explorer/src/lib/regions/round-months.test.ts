import { describe, expect, it } from 'vitest';
import { isIsoDate, monthsBetween, today, withRoundMonths } from './round-months.js';

describe('isIsoDate', () => {
  it('accepts real dates and refuses impossible or other formats', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('1-2-2026')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00')).toBe(false);
  });
});

describe('monthsBetween', () => {
  it('counts a month once its day is reached', () => {
    expect(monthsBetween('2026-01-15', '2026-07-15')).toBe(6);
    expect(monthsBetween('2026-01-15', '2026-07-14')).toBe(5);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2025-11-01', '2026-02-01')).toBe(3);
    expect(monthsBetween('2026-07-15', '2026-01-15')).toBe(-6);
    expect(monthsBetween('2026-07-15', '2026-01-20')).toBe(-5);
  });
});

describe('withRoundMonths', () => {
  it('sorts by date and counts months from the earliest round', () => {
    const rounds = [
      { id: 'b', date: '2026-09-01', month: 0 },
      { id: 'a', date: '2026-03-01', month: 4 },
    ];
    expect(withRoundMonths(rounds)).toEqual([
      { id: 'a', date: '2026-03-01', month: 0 },
      { id: 'b', date: '2026-09-01', month: 6 },
    ]);
    expect(withRoundMonths([])).toEqual([]);
  });

  it('returns unchanged rounds as the same objects', () => {
    const a = { date: '2026-01-01', month: 0 };
    expect(withRoundMonths([a])[0]).toBe(a);
  });
});

describe('today', () => {
  it('writes the local date as yyyy-mm-dd', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
