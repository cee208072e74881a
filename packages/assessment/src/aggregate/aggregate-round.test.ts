import { describe, expect, it } from 'vitest';

import { answersOf } from '../test-support/csv-builders.js';
import { smallQuestionnaire as q } from '../test-support/arbitraries.js';
import type { Answer, Round } from '../types.js';
import { aggregateRound } from './aggregate-round.js';
import { compareRounds } from './compare-rounds.js';
import { disagreement } from './disagreement.js';
import { selfVersusOthers } from './self-versus-others.js';
import { startingValues } from './starting-values.js';

// Statements: a1, a2 (reversed), b1, b2, c1 (reversed), c2.
const r = (id: string, group: string, answers: Answer[]) => ({ id, group, answers: answersOf(q, answers) });

/**
 * Factor scores by hand (answer 1..5 → 0..100, a2 mirrored):
 * me1 a=100 b=50; me2 a=75 b=75; me3 a=50 b=–; x1 a=0 b=0; x2 a=12.5 b=25; x3 a=– b=100;
 * y1 a=100 b=100; y2 a=0 b=–. Groups: me 3 and x 3 shown, y 2 folded into "others".
 */
const round: Round = {
  id: 'round1',
  label: 'Nulmeting',
  date: '2026-01-15',
  month: 0,
  responses: [
    r('me1', 'me', [5, 1, 3, null, null, null]),
    r('me2', 'me', [4, 2, 4, 4, null, null]),
    r('me3', 'me', [3, null, null, null, null, null]),
    r('x1', 'x', [1, 5, 1, 1, null, null]),
    r('x2', 'x', [2, 5, 2, 2, null, null]),
    r('x3', 'x', [null, null, 5, 5, null, null]),
    r('y1', 'y', [5, 1, 5, null, null, null]),
    r('y2', 'y', [1, 5, null, null, null, null]),
  ],
};
const summary = aggregateRound(q, round);
const factor = (id: string) => {
  const f = summary.factors.find((x) => x.factor === id);
  if (f === undefined) throw new Error(`no factor ${id}`);
  return f;
};
const tolerance = 9; // decimal digits for toBeCloseTo

describe('aggregateRound', () => {
  it('counts respondents per group and shows only groups of at least three', () => {
    expect(summary.respondents).toBe(8);
    expect(summary.groups).toEqual([
      { id: 'me', respondents: 3, shown: true },
      { id: 'x', respondents: 3, shown: true },
      { id: 'y', respondents: 2, shown: false },
      { id: 'z', respondents: 0, shown: false },
    ]);
  });

  it('averages factor scores over everyone, the network and the partners', () => {
    const a = factor('a');
    expect(a.all.n).toBe(7);
    expect(a.all.mean).toBeCloseTo((100 + 75 + 50 + 0 + 12.5 + 100 + 0) / 7, tolerance);
    expect(a.self).toEqual({ mean: 75, sd: 25, n: 3 });
    expect(a.others.n).toBe(4);
    expect(a.others.mean).toBeCloseTo((0 + 12.5 + 100 + 0) / 4, tolerance);
    expect(a.others.sd).toBeCloseTo(Math.sqrt((2 * 28.125 ** 2 + 15.625 ** 2 + 71.875 ** 2) / 3), tolerance);
  });

  it('hides a mean resting on fewer than three answers, even in a shown group', () => {
    // Three network members, but only two answered about factor b.
    const b = factor('b');
    expect(b.self).toEqual({ mean: null, sd: null, n: 2 });
    expect(b.byGroup.me).toEqual({ mean: null, sd: null, n: 2 });
    expect(b.all.n).toBe(6);
    expect(b.all.mean).not.toBeNull();
    // all − others would give those two network members' mean, so the partners are hidden too.
    expect(b.others).toEqual({ mean: null, sd: null, n: 4 });
  });

  it('folds a small group into "others" and hides its mean while fewer than three remain', () => {
    const a = factor('a');
    expect(Object.keys(a.byGroup)).toEqual(['me', 'x', 'others']);
    expect(a.byGroup.x).toEqual({ mean: null, sd: null, n: 2 }); // x3 did not answer about a
    // On b, x has three answers, but the partners as a whole are hidden, and so are their parts.
    expect(factor('b').byGroup.x).toEqual({ mean: null, sd: null, n: 3 });
    expect(a.byGroup.others).toEqual({ mean: null, sd: null, n: 2 });
    for (const f of summary.factors) expect(Object.keys(f.byGroup)).not.toContain('y');
  });

  it('shows the folded "others" once the small groups together reach three', () => {
    // x3 now answers about a too (score 50), so x has three answers there.
    const responses = round.responses.map((x) =>
      x.id === 'x3' ? r('x3', 'x', [3, 3, 5, 5, null, null]) : x,
    );
    const more: Round = { ...round, responses: [...responses, r('z1', 'z', [5, 1, 1, 1, 1, 1])] };
    const a = aggregateRound(q, more).factors.find((f) => f.factor === 'a');
    expect(a?.byGroup.others?.n).toBe(3);
    expect(a?.byGroup.others?.mean).toBeCloseTo((100 + 0 + 100) / 3, tolerance);
    expect(a?.byGroup.x?.mean).toBeCloseTo((0 + 12.5 + 50) / 3, tolerance);
  });

  it('hides a folded "others" of three when the partners minus it would give two answers away', () => {
    const more: Round = { ...round, responses: [...round.responses, r('z1', 'z', [5, 1, 1, 1, 1, 1])] };
    const a = aggregateRound(q, more).factors.find((f) => f.factor === 'a');
    expect(a?.byGroup.x).toEqual({ mean: null, sd: null, n: 2 });
    expect(a?.byGroup.others).toEqual({ mean: null, sd: null, n: 3 });
    expect(a?.others.mean).toBeCloseTo((0 + 12.5 + 100 + 0 + 100) / 5, tolerance);
  });

  it('hides self when the network has fewer respondents than the minimum', () => {
    const small = aggregateRound(q, round, { minGroupSize: 4 });
    expect(factor('a').self.mean).not.toBeNull();
    expect(small.factors[0]?.self).toEqual({ mean: null, sd: null, n: 3 });
    expect(small.groups.every((g) => !g.shown)).toBe(true);
  });

  it('leaves a factor nobody answered with null mean and n 0', () => {
    expect(factor('c').all).toEqual({ mean: null, sd: null, n: 0 });
  });
});

describe('selfVersusOthers', () => {
  it('lists factors by the size of the gap between network and partners, null gaps last', () => {
    const rows = selfVersusOthers(summary);
    expect(rows.map((x) => x.factor)).toEqual(['a', 'b', 'c']);
    expect(rows[0]?.difference).toBeCloseTo(75 - 28.125, tolerance);
    expect(rows[1]?.difference).toBeNull(); // b: the network's mean is hidden (two answers)
    expect(rows[2]?.difference).toBeNull();
  });
});

describe('disagreement', () => {
  it('puts the statement with the widest spread first and leaves out unanswered ones', () => {
    const rows = disagreement(q, round, 10);
    // a2 mirrored: 100, 75, 0, 0, 100, 0 — the widest spread of all statements.
    expect(rows[0]?.statement).toBe('a2');
    expect(rows[0]?.n).toBe(6);
    const mean = 275 / 6;
    const sd = Math.sqrt([100, 75, 0, 0, 100, 0].reduce((s, x) => s + (x - mean) ** 2, 0) / 5);
    expect(rows[0]?.sd).toBeCloseTo(sd, tolerance);
    expect(rows.map((x) => x.statement)).not.toContain('c1');
    expect(disagreement(q, round, 2)).toHaveLength(2);
  });
});

describe('startingValues', () => {
  it('turns means and spreads into 0–1 levels and keeps the counts', () => {
    const start = startingValues(summary);
    expect(Object.keys(start.initial)).toEqual(['a', 'b']);
    expect(start.initial.a).toBeCloseTo(337.5 / 700, tolerance);
    expect(start.spread.a).toBeCloseTo((factor('a').all.sd ?? Number.NaN) / 100, tolerance);
    expect(start.answered).toEqual({ a: 7, b: 6 });
  });
});

describe('compareRounds', () => {
  it('gives change and model error per factor on 0–1', () => {
    const later: Round = {
      ...round,
      id: 'round2',
      responses: round.responses.map((x) => ({ ...x, answers: { ...x.answers, a1: 5, a2: 1 } })),
    };
    const rows = compareRounds(summary, aggregateRound(q, later), { a: 0.8 });
    const a = rows.find((x) => x.factor === 'a');
    expect(a?.second).toBeCloseTo(1, tolerance);
    expect(a?.change).toBeCloseTo(1 - 337.5 / 700, tolerance);
    expect(a?.modelError).toBeCloseTo(0.2, tolerance);
    const c = rows.find((x) => x.factor === 'c');
    expect(c).toEqual({
      factor: 'c',
      first: null,
      second: null,
      projected: null,
      change: null,
      modelError: null,
    });
  });
});
