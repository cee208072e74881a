import type { Questionnaire } from '@samenspel/core';
import { icuQuestionnaire } from '@samenspel/icu-model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { answersArb, roundArb, smallQuestionnaire } from '../test-support/arbitraries.js';
import type { Answer, Round, RoundSummary, Stat } from '../types.js';
import { aggregateRound } from './aggregate-round.js';
import { startingValues } from './starting-values.js';

const runs = { numRuns: 200 };
const tolerance = 1e-9;

const stats = (summary: RoundSummary): Stat[] =>
  summary.factors.flatMap((f) => [f.all, f.self, f.others, ...Object.values(f.byGroup)]);

/** True when two summaries agree, numbers within `tolerance`. */
function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tolerance;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => close(x, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      close(ka, kb) &&
      ka.every((k) => close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return a === b;
}

/** Whether a response answered at least one statement of a factor (computed without the code under test). */
const answeredFactor = (q: Questionnaire, answers: Readonly<Record<string, Answer>>, factor: string) =>
  q.statements.some((s) => s.factor === factor && answers[s.id] !== null && answers[s.id] !== undefined);

/** A figure of the disclosure tree as the test sees it: answers counted from the round, shown or not. */
interface Cell {
  n: number;
  visible: boolean;
  children: Cell[];
}

/** Answers under `cell` that its visible descendants account for (through hidden ones, recursively). */
const covered = (cell: Cell): number =>
  cell.children.reduce((sum, c) => sum + (c.visible ? c.n : covered(c)), 0);

/**
 * Rounds with 0–6 respondents in every group of `q` and 0–2 of a group it does not know, with
 * random don't-know answers.
 */
const sizedRoundArb = (q: Questionnaire): fc.Arbitrary<Round> =>
  fc
    .tuple(
      ...[...q.groups.map((g) => g.id), 'unknown-group'].map((group) =>
        fc
          .array(answersArb(q), { maxLength: group === 'unknown-group' ? 2 : 6 })
          .map((list) => list.map((answers) => ({ group, answers }))),
      ),
    )
    .map((lists) => ({
      id: 'round',
      label: 'Round',
      date: '2026-01-01',
      month: 0,
      responses: lists.flat().map((x, i) => ({ id: `r${String(i + 1)}`, ...x })),
    }));

describe.each([
  ['a small questionnaire', smallQuestionnaire],
  ['the ICU questionnaire', icuQuestionnaire],
])('aggregation properties (%s)', (_, q) => {
  const minArb = fc.integer({ min: 1, max: 5 });

  it('keeps every mean within 0–100 and every sd non-negative', () => {
    fc.assert(
      fc.property(roundArb(q), minArb, (round, min) => {
        for (const s of stats(aggregateRound(q, round, { minGroupSize: min }))) {
          if (s.mean !== null) expect(s.mean >= -tolerance && s.mean <= 100 + tolerance).toBe(true);
          if (s.sd !== null) expect(s.sd).toBeGreaterThanOrEqual(0);
          expect(s.n).toBeGreaterThanOrEqual(0);
        }
      }),
      runs,
    );
  });

  it('counts as answered exactly the respondents who answered a statement of the factor', () => {
    fc.assert(
      fc.property(roundArb(q), (round) => {
        const summary = aggregateRound(q, round);
        expect(summary.respondents).toBe(round.responses.length);
        for (const f of summary.factors) {
          const expected = round.responses.filter((r) => answeredFactor(q, r.answers, f.factor)).length;
          expect(f.all.n).toBe(expected);
          expect(f.self.n + f.others.n).toBe(expected);
        }
      }),
      runs,
    );
  });

  it('folding small partner groups into "others" preserves the totals and shows no figure below the minimum', () => {
    fc.assert(
      fc.property(roundArb(q), minArb, (round, min) => {
        const summary = aggregateRound(q, round, { minGroupSize: min });
        expect(summary.groups.reduce((sum, g) => sum + g.respondents, 0)).toBe(round.responses.length);
        for (const g of summary.groups) expect(g.shown).toBe(g.respondents >= min);
        const shown = new Set(summary.groups.filter((g) => g.shown).map((g) => g.id));
        const smallNetwork = q.groups.filter((g) => g.role === 'self' && !shown.has(g.id)).map((g) => g.id);
        for (const f of summary.factors) {
          // Small network groups are not folded in with the partners: they have no byGroup entry.
          const unfolded = round.responses.filter(
            (r) => smallNetwork.includes(r.group) && answeredFactor(q, r.answers, f.factor),
          ).length;
          const parts = Object.values(f.byGroup).reduce((sum, s) => sum + s.n, 0);
          expect(parts + unfolded).toBe(f.all.n);
          for (const key of Object.keys(f.byGroup)) expect(key === 'others' || shown.has(key)).toBe(true);
          for (const s of [f.all, f.self, f.others, ...Object.values(f.byGroup)])
            if (s.mean !== null) expect(s.n).toBeGreaterThanOrEqual(min);
        }
      }),
      runs,
    );
  });

  it('lets no combination of shown figures give away the answers of fewer than minGroupSize people', () => {
    fc.assert(
      fc.property(sizedRoundArb(q), fc.integer({ min: 2, max: 4 }), (round, min) => {
        const summary = aggregateRound(q, round, { minGroupSize: min });
        const respondents = (group: string) => round.responses.filter((r) => r.group === group).length;
        for (const f of summary.factors) {
          // Answers counted straight from the round, so the tree does not trust the code under test.
          const answered = (keep: (group: string) => boolean) =>
            round.responses.filter((r) => keep(r.group) && answeredFactor(q, r.answers, f.factor)).length;
          const cell = (s: Stat | undefined, n: number, children: Cell[] = []): Cell => {
            if (s !== undefined) expect(s.n).toBe(n);
            return { n, visible: s !== undefined && s.mean !== null, children };
          };
          const groupCell = (id: string) =>
            cell(
              respondents(id) >= min ? f.byGroup[id] : undefined,
              answered((g) => g === id),
            );
          const roleIds = (role: string) => q.groups.filter((g) => g.role === role).map((g) => g.id);
          const partners = roleIds('partner');
          const small = partners.filter((id) => respondents(id) < min);
          const partnerCells = partners.filter((id) => !small.includes(id)).map(groupCell);
          if (small.some((id) => respondents(id) > 0))
            partnerCells.push(
              cell(
                f.byGroup.others,
                answered((g) => small.includes(g)),
              ),
            );
          const known = new Set(q.groups.map((g) => g.id));
          const root = cell(
            f.all,
            answered(() => true),
            [
              cell(
                f.self,
                answered((g) => roleIds('self').includes(g)),
                roleIds('self').map(groupCell),
              ),
              cell(
                f.others,
                answered((g) => partners.includes(g)),
                partnerCells,
              ),
              cell(
                undefined,
                answered((g) => !known.has(g)),
              ),
            ],
          );
          const check = (c: Cell): void => {
            if (c.visible) {
              expect(c.n).toBeGreaterThanOrEqual(min);
              const derivable = c.n - covered(c);
              expect(derivable === 0 || derivable >= min).toBe(true);
            }
            c.children.forEach(check);
          };
          check(root);
        }
      }),
      runs,
    );
  });

  it('does not depend on the order of the responses', () => {
    fc.assert(
      fc.property(
        roundArb(q).chain((round) =>
          fc.shuffledSubarray(round.responses, { minLength: round.responses.length }).map((shuffled) => ({
            round,
            shuffled: { ...round, responses: shuffled } satisfies Round,
          })),
        ),
        ({ round, shuffled }) => {
          expect(close(aggregateRound(q, round), aggregateRound(q, shuffled))).toBe(true);
        },
      ),
      runs,
    );
  });

  it('mirrors reversed statements: flipping a statement and its answers changes nothing', () => {
    fc.assert(
      fc.property(roundArb(q), fc.integer({ min: 0, max: q.statements.length - 1 }), (round, index) => {
        const target = q.statements[index];
        if (target === undefined) return;
        const flipped: Questionnaire = {
          ...q,
          statements: q.statements.map((s) => (s === target ? { ...s, reversed: s.reversed !== true } : s)),
        };
        const mirrored: Round = {
          ...round,
          responses: round.responses.map((r) => {
            const a = r.answers[target.id] ?? null;
            return { ...r, answers: { ...r.answers, [target.id]: a === null ? null : ((6 - a) as Answer) } };
          }),
        };
        expect(close(aggregateRound(q, round), aggregateRound(flipped, mirrored))).toBe(true);
      }),
      runs,
    );
  });

  it('turns a summary into starting values within 0–1, one per answered factor', () => {
    fc.assert(
      fc.property(roundArb(q), (round) => {
        const summary = aggregateRound(q, round);
        const start = startingValues(summary);
        for (const f of summary.factors) {
          // A factor fewer than three answered has a hidden total, so the model's default applies.
          if (f.all.n < 3) expect(start.initial).not.toHaveProperty(f.factor);
          else {
            const value = start.initial[f.factor] ?? Number.NaN;
            expect(value >= -tolerance && value <= 1 + tolerance).toBe(true);
            expect(start.spread[f.factor]).toBeGreaterThanOrEqual(0);
            expect(start.answered[f.factor]).toBe(f.all.n);
          }
        }
      }),
      runs,
    );
  });
});
