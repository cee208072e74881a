import type { ActionPlan, Round } from '@samenspel/assessment';
import { describe, expect, it } from 'vitest';
import { chooseFollowUp, dotChart, followUpMonth, followUpRows, followUpSummary } from './follow-up.js';

const round = (id: string, date: string, month: number): Round => ({
  id,
  label: id,
  date,
  month,
  responses: [],
});
const r0 = round('r0', '2026-01-10', 0);
const r1 = round('r1', '2026-05-10', 4);
const r2 = round('r2', '2026-11-10', 10);
const plan = (roundId: string, created: string): ActionPlan => ({
  id: `p-${roundId}-${created}`,
  roundId,
  created,
  interventions: [],
  actions: [],
});

describe('followUpMonth', () => {
  it('counts months from the first round to the second', () => {
    expect(followUpMonth(r1, r2)).toBe(6);
  });
  it('falls back to six months when the second is not later', () => {
    expect(followUpMonth(r2, r1)).toBe(6);
    expect(followUpMonth(r1, { ...r1, id: 'same' })).toBe(6);
  });
});

describe('chooseFollowUp', () => {
  it('needs two rounds', () => {
    expect(chooseFollowUp([r0], [])).toBeNull();
  });
  it('starts from the earliest round with a plan and takes the round after it', () => {
    const choice = chooseFollowUp([r2, r1, r0], [plan('r1', '2026-05-11')]);
    expect([choice?.first.id, choice?.second.id, choice?.month]).toEqual(['r1', 'r2', 6]);
    expect(choice?.plan?.roundId).toBe('r1');
  });
  it('starts from the earliest round without any plan, and honours explicit choices', () => {
    expect(chooseFollowUp([r1, r0], [])?.first.id).toBe('r0');
    const picked = chooseFollowUp([r0, r1, r2], [], 'r0', 'r2');
    expect([picked?.first.id, picked?.second.id, picked?.month, picked?.plan]).toEqual([
      'r0',
      'r2',
      10,
      null,
    ]);
  });
  it('takes the latest plan of the first round', () => {
    const choice = chooseFollowUp([r0, r1], [plan('r0', '2026-01-11'), plan('r0', '2026-02-01')]);
    expect(choice?.plan?.created).toBe('2026-02-01');
  });
});

describe('followUpRows and followUpSummary', () => {
  const rows = followUpRows(
    [
      { factor: 'trust', first: 0.4, second: 0.55, projected: 0.5, change: 0.15, modelError: 0.05 },
      { factor: 'sharedGoals', first: 0.6, second: 0.5, projected: 0.7, change: -0.1, modelError: -0.2 },
      { factor: 'leadership', first: null, second: 0.5, projected: null, change: null, modelError: null },
    ],
    (f) => f.toUpperCase(),
  );

  it('shows whole points 0–100 and differences of the shown numbers', () => {
    expect(rows[0]).toEqual({
      factor: 'trust',
      label: 'TRUST',
      first: 40,
      second: 55,
      projected: 50,
      change: 15,
      modelError: 5,
    });
    expect(rows[2]?.change).toBeNull();
  });

  it('counts ups and downs and finds the largest departure from the model', () => {
    const s = followUpSummary(rows);
    expect([s.better, s.worse, s.largestError?.factor]).toEqual([1, 1, 'sharedGoals']);
  });

  it('lays out one dot row per factor within the plot', () => {
    const chart = dotChart(rows, 500, { labelWidth: 150, rowHeight: 20, axis: 20, pad: 5 });
    expect(chart.rows.map((r) => r.y)).toEqual([15, 35, 55]);
    expect(chart.rows[0]?.first).toBeCloseTo(150 + 0.4 * (495 - 150), 9);
    expect(chart.rows[2]?.first).toBeNull();
    expect(chart.height).toBe(3 * 20 + 20 + 5);
  });
});
