import { validateScenario } from '@samenspel/core';
import { icuNetworkModel, icuQuestionnaire } from '@samenspel/icu-model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { roundArb } from '../test-support/arbitraries.js';
import { aggregateRound } from './aggregate-round.js';
import { startingScenario } from './starting-scenario.js';
import { startingValues } from './starting-values.js';

describe('startingScenario', () => {
  it('puts exogenous factors under inputs and the rest under initial', () => {
    const exogenous = icuNetworkModel.factors.find((f) => f.exogenous)?.id ?? '';
    const endogenous = icuNetworkModel.factors.find((f) => !f.exogenous)?.id ?? '';
    const scenario = startingScenario(
      { initial: { [exogenous]: 0.3, [endogenous]: 0.6, ghost: 0.5 }, spread: {}, answered: {} },
      icuNetworkModel,
    );
    expect(scenario.inputs).toEqual({ [exogenous]: 0.3 });
    expect(scenario.initial).toEqual({ [endogenous]: 0.6 });
  });

  it('always gives a scenario core accepts, for any round of the ICU questionnaire', () => {
    fc.assert(
      fc.property(roundArb(icuQuestionnaire, 10), (round) => {
        const scenario = startingScenario(
          startingValues(aggregateRound(icuQuestionnaire, round)),
          icuNetworkModel,
        );
        expect(validateScenario(icuNetworkModel, scenario).diagnostics).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
