import { validateObservations, type Model } from '@samenspel/core';
import { icuNetworkModel, icuQuestionnaire } from '@samenspel/icu-model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { answersOf } from '../test-support/csv-builders.js';
import { roundArb, smallQuestionnaire as q } from '../test-support/arbitraries.js';
import type { Round } from '../types.js';
import { MIN_OBSERVATION_SPREAD, roundsToObservations } from './to-observations.js';

/** A model with the factors a, b, c of the small questionnaire (only ids and exogeneity matter here). */
const abcModel = {
  ...icuNetworkModel,
  factors: ['a', 'b', 'c'].map((id) => ({
    ...(icuNetworkModel.factors[1] ?? icuNetworkModel.factors[0]),
    id,
    exogenous: false,
  })),
} as Model;

const round = (month: number, answers: (1 | 2 | 3 | 4 | 5 | null)[][]): Round => ({
  id: `m${String(month)}`,
  label: `month ${String(month)}`,
  date: '2026-01-01',
  month,
  responses: answers.map((a, i) => ({ id: `r${String(i)}`, group: 'me', answers: answersOf(q, a) })),
});

describe('roundsToObservations', () => {
  it('gives per round the month, the mean on 0–1 and the standard error as spread', () => {
    const first = round(0, [
      [1, 5, null, null, 3, 3],
      [5, 1, 3, null, 3, 3],
      [3, 3, null, null, 3, 3],
    ]);
    const [obs] = roundsToObservations(q, [first], abcModel).rounds;
    expect(obs?.month).toBe(0);
    // a: scores 0, 100 and 50 → mean 0.5, sd 0.5, standard error 0.5 / √3.
    expect(obs?.values.a).toEqual({ value: 0.5, spread: expect.closeTo(0.5 / Math.sqrt(3), 9) as number });
    // b: one respondent → hidden (privacy), so left out.
    expect(obs?.values).not.toHaveProperty('b');
    // c: all answered the same → the minimum spread.
    expect(obs?.values.c).toEqual({ value: 0.5, spread: MIN_OBSERVATION_SPREAD });
  });

  it('leaves out exogenous factors and rounds without values', () => {
    const withExogenous: Model = {
      ...abcModel,
      factors: abcModel.factors.map((f) => (f.id === 'a' ? { ...f, exogenous: true } : f)),
    };
    const obs = roundsToObservations(q, [round(0, [[1, 5, null, null, null, null]])], withExogenous);
    expect(obs.rounds).toEqual([]);
  });

  it('always gives observations core accepts for the ICU model', () => {
    fc.assert(
      fc.property(
        fc.array(
          roundArb(icuQuestionnaire, 8).filter((r) => r.responses.length >= 3),
          { minLength: 1, maxLength: 3 },
        ),
        (rounds) => {
          const months = rounds.map((r, i) => ({ ...r, month: i * 6 }));
          const observations = roundsToObservations(icuQuestionnaire, months, icuNetworkModel);
          // Every factor fewer than three answered is hidden; a list without rounds is not a calibration.
          fc.pre(observations.rounds.length > 0);
          const result = validateObservations(icuNetworkModel, observations);
          expect(result.diagnostics).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
