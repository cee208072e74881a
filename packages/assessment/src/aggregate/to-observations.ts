import type { Model, ObservationRound, Observations, Questionnaire } from '@samenspel/core';

import type { Round } from '../types.js';
import { aggregateRound } from './aggregate-round.js';

/** Smallest spread (0–1) given to an observation, so a round where everyone agreed does not get an endless weight. */
export const MIN_OBSERVATION_SPREAD = 0.01;

/**
 * Turns assessment rounds into core's calibration observations (see `calibrate` in
 * `@samenspel/core`): per round its `month` and label, and per answered factor the mean of all
 * respondents on 0–1 with, as `spread`, the standard error of that mean (sd / √n on 0–1, at least
 * {@link MIN_OBSERVATION_SPREAD}). Left out: factors whose mean `aggregateRound` hides (fewer than
 * its minimum group size, 3, answered: privacy), factors the model does not have or sets from outside (exogenous, such as the external context: a scenario input,
 * see `startingScenario`), and rounds left without any value.
 */
export function roundsToObservations(q: Questionnaire, rounds: readonly Round[], model: Model): Observations {
  const observable = new Set(model.factors.filter((f) => !f.exogenous).map((f) => f.id));
  return {
    rounds: rounds.flatMap((round): ObservationRound[] => {
      const values: Record<string, number | { value: number; spread: number }> = {};
      for (const f of aggregateRound(q, round).factors) {
        if (f.all.mean === null || !observable.has(f.factor)) continue;
        const value = f.all.mean / 100;
        // A shown mean rests on at least three answers, so its sd exists.
        const sd = (f.all.sd ?? 0) / 100;
        values[f.factor] = { value, spread: Math.max(MIN_OBSERVATION_SPREAD, sd / Math.sqrt(f.all.n)) };
      }
      return Object.keys(values).length === 0 ? [] : [{ label: round.label, month: round.month, values }];
    }),
  };
}
