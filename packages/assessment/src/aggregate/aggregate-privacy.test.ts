import { describe, expect, it } from 'vitest';

import { smallQuestionnaire as q } from '../test-support/arbitraries.js';
import { answersOf } from '../test-support/csv-builders.js';
import type { Answer, Response, Round } from '../types.js';
import { aggregateRound } from './aggregate-round.js';
import { disagreement } from './disagreement.js';
import { startingValues } from './starting-values.js';

// Statements: a1, a2 (reversed), b1, b2, c1 (reversed), c2. Groups: me (self), x, y, z (partners).
const r = (id: string, group: string, answers: Answer[]): Response => ({
  id,
  group,
  answers: answersOf(q, answers),
});
const roundOf = (responses: Response[]): Round => ({
  id: 'round',
  label: 'Round',
  date: '2026-01-15',
  month: 0,
  responses,
});
const factorOf = (round: Round, id: string) => {
  const f = aggregateRound(q, round).factors.find((x) => x.factor === id);
  if (f === undefined) throw new Error(`no factor ${id}`);
  return f;
};
const hiddenStat = (n: number) => ({ mean: null, sd: null, n });
// Answers on factor a: [3, 3] scores 50, [5, 1] scores 100 (a2 is reversed).
const fifty: Answer[] = [3, 3, 3, 3, null, null];
const hundred: Answer[] = [5, 1, 5, 5, null, null];

describe('aggregateRound: no hidden figure can be computed back', () => {
  it("does not let partners minus a shown group give away a lone respondent's answer", () => {
    // The reviewer's example: 3 network members, 3 in group x (mean 50), 1 in group y (100).
    // Shown, x and the partners (4 × 62.5) would give y = 4 × 62.5 − 3 × 50 = 100.
    const round = roundOf([
      r('m1', 'me', fifty),
      r('m2', 'me', fifty),
      r('m3', 'me', fifty),
      r('x1', 'x', fifty),
      r('x2', 'x', fifty),
      r('x3', 'x', fifty),
      r('y1', 'y', hundred),
    ]);
    const a = factorOf(round, 'a');
    expect(a.byGroup.others).toEqual(hiddenStat(1));
    expect(a.byGroup.x).toEqual(hiddenStat(3));
    expect(a.others.mean).toBeCloseTo(62.5, 9);
    expect(a.self.mean).toBeCloseTo(50, 9);
    expect(a.all.mean).toBeCloseTo(400 / 7, 9);
  });

  it("hides a shown group's sibling when don't-know answers leave that group two answers on a factor", () => {
    // Three in each group, but x3 does not know about factor b.
    const round = roundOf([
      r('m1', 'me', fifty),
      r('m2', 'me', fifty),
      r('m3', 'me', fifty),
      r('x1', 'x', [3, 3, 1, 1, null, null]),
      r('x2', 'x', [3, 3, 2, 2, null, null]),
      r('x3', 'x', [3, 3, null, null, null, null]),
      r('y1', 'y', hundred),
      r('y2', 'y', hundred),
      r('y3', 'y', hundred),
    ]);
    const b = factorOf(round, 'b');
    expect(b.byGroup.x).toEqual(hiddenStat(2));
    // Partners (5) minus y (3) would give x's two answers: y is hidden too, the partners stay.
    expect(b.byGroup.y).toEqual(hiddenStat(3));
    expect(b.others.mean).toBeCloseTo((0 + 25 + 3 * 100) / 5, 9);
    // Factor a, which everyone answered, still shows both groups.
    const a = factorOf(round, 'a');
    expect(a.byGroup.x?.mean).toBeCloseTo(50, 9);
    expect(a.byGroup.y?.mean).toBeCloseTo(100, 9);
  });

  it('hides everything but the total when the network has two respondents', () => {
    const round = roundOf([
      r('m1', 'me', fifty),
      r('m2', 'me', hundred),
      ...['x1', 'x2', 'x3'].map((id) => r(id, 'x', fifty)),
      ...['y1', 'y2', 'y3'].map((id) => r(id, 'y', hundred)),
    ]);
    const a = factorOf(round, 'a');
    expect(Object.keys(a.byGroup)).toEqual(['x', 'y']); // the small network group is not folded in with the partners
    expect(a.self).toEqual(hiddenStat(2));
    // all − partners would give the two network members' mean: the partners and their groups are hidden.
    expect(a.others).toEqual(hiddenStat(6));
    expect(a.byGroup.x).toEqual(hiddenStat(3));
    expect(a.byGroup.y).toEqual(hiddenStat(3));
    expect(a.all.mean).toBeCloseTo((150 + 150 + 300) / 8, 9);
  });

  it('protects a response whose group the questionnaire does not know', () => {
    const round = roundOf([
      ...['m1', 'm2', 'm3'].map((id) => r(id, 'me', fifty)),
      ...['x1', 'x2', 'x3'].map((id) => r(id, 'x', fifty)),
      r('ghost1', 'ghost', hundred),
    ]);
    const a = factorOf(round, 'a');
    // all − self − others would give the lone unknown response: self (the first of two of equal size) is hidden.
    expect(a.self).toEqual(hiddenStat(3));
    expect(a.byGroup.me).toEqual(hiddenStat(3));
    expect(a.others.mean).toBeCloseTo(50, 9);
    expect(a.all.mean).toBeCloseTo(400 / 7, 9);
  });

  it('hides the total itself when fewer than three answered, and leaves it out of the starting values', () => {
    const round = roundOf([r('m1', 'me', fifty), r('x1', 'x', [5, 1, null, null, null, null])]);
    const summary = aggregateRound(q, round);
    expect(summary.factors.find((f) => f.factor === 'a')?.all).toEqual(hiddenStat(2));
    expect(summary.factors.find((f) => f.factor === 'b')?.all).toEqual(hiddenStat(1));
    expect(startingValues(summary)).toEqual({ initial: {}, spread: {}, answered: {} });
  });
});

describe('disagreement: privacy', () => {
  it('leaves out statements fewer than three answered, even though two answers have an sd', () => {
    const round = roundOf([
      r('m1', 'me', [1, 1, 1, null, null, null]),
      r('m2', 'me', [5, 5, 5, null, null, null]),
      r('m3', 'me', [3, 3, null, null, null, null]),
    ]);
    expect(
      disagreement(q, round, 10)
        .map((x) => x.statement)
        .sort(),
    ).toEqual(['a1', 'a2']);
    expect(
      disagreement(q, round, 10, 2)
        .map((x) => x.statement)
        .sort(),
    ).toEqual(['a1', 'a2', 'b1']);
  });
});
