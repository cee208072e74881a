import type { RoundSummary } from '@samenspel/assessment';
import { describe, expect, it } from 'vitest';
import {
  columnStat,
  foldedGroups,
  formatDifference,
  formatScore,
  resultColumns,
  selfOthersDifference,
} from './results-model.js';

const stat = (mean: number | null, n: number) => ({ mean, sd: null, n });

const summary: RoundSummary = {
  roundId: 'r',
  respondents: 8,
  groups: [
    { id: 'network', respondents: 4, shown: true },
    { id: 'specialist', respondents: 3, shown: true },
    { id: 'management', respondents: 1, shown: false },
    { id: 'referrer', respondents: 0, shown: false },
  ],
  factors: [
    {
      factor: 'trust',
      all: stat(50, 8),
      self: stat(60, 4),
      others: stat(40, 4),
      byGroup: { network: stat(60, 4), specialist: stat(45, 3), others: stat(null, 1) },
    },
  ],
};

describe('resultColumns', () => {
  it('lists shown groups, then the folded groups, then everyone', () => {
    expect(resultColumns(summary).map((c) => c.key)).toEqual(['network', 'specialist', 'others', 'all']);
  });

  it('has no others column when nothing was folded', () => {
    const plain = {
      ...summary,
      factors: summary.factors.map((f) => ({ ...f, byGroup: { network: stat(1, 4) } })),
    };
    expect(resultColumns(plain).map((c) => c.key)).toEqual(['network', 'all']);
  });
});

describe('columnStat', () => {
  it('reads a group, everyone, and n = 0 for a group that is missing', () => {
    const f = summary.factors[0];
    if (f === undefined) throw new Error('fixture');
    expect(columnStat(f, { key: 'all', kind: 'all' }).n).toBe(8);
    expect(columnStat(f, { key: 'specialist', kind: 'group' }).mean).toBe(45);
    expect(columnStat(f, { key: 'icNurse', kind: 'group' })).toEqual({ mean: null, sd: null, n: 0 });
  });
});

describe('foldedGroups', () => {
  it('names groups with respondents that are too small to show', () => {
    expect(foldedGroups(summary)).toEqual([{ id: 'management', respondents: 1 }]);
  });
});

describe('formatting', () => {
  it('rounds scores and signs differences', () => {
    expect(formatScore(62.5)).toBe('63');
    expect(formatScore(null)).toBe('–');
    expect(formatDifference(12.4)).toBe('+12');
    expect(formatDifference(-3.2)).toBe('−3');
    expect(formatDifference(0.2)).toBe('0');
    expect(formatDifference(null)).toBe('–');
  });
});

describe('selfOthersDifference', () => {
  const stat = (mean: number | null) => ({ mean, sd: null, n: mean === null ? 0 : 4 });

  it('subtracts the exact means and rounds only the result', () => {
    // 62.4 and 59.6 round to 62 and 60 (a difference of 2), but differ by 2.8, shown as 3.
    expect(selfOthersDifference(stat(62.4), stat(59.6))).toBeCloseTo(2.8, 12);
    expect(formatDifference(selfOthersDifference(stat(62.4), stat(59.6)))).toBe('+3');
    expect(formatDifference(selfOthersDifference(stat(40.5), stat(43.4)))).toBe('−3');
  });

  it('is missing when either mean is hidden or absent', () => {
    expect(selfOthersDifference(stat(null), stat(50))).toBeNull();
    expect(selfOthersDifference(stat(50), stat(null))).toBeNull();
  });

  it('rounds halves away from zero on both sides, so a sign flip never changes the size', () => {
    expect(formatDifference(2.5)).toBe('+3');
    expect(formatDifference(-2.5)).toBe('−3');
    expect(formatDifference(-0.5)).toBe('−1');
  });
});
