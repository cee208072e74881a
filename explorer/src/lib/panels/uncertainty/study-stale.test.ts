import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import type { StudyRequest } from './run-study.js';
import { studyStale, type StudyChoices } from './study-stale.js';

const applied = {
  roundId: 'r1',
  initial: { trust: 0.4 },
  spread: { trust: 0.05 },
  answered: { trust: 6 },
  appliedAt: 0,
};
const request: StudyRequest = {
  model: icuNetworkModel,
  base: { initial: { trust: 0.4 } },
  factor: 'trust',
  runs: 500,
  initialSpread: 0.1,
  source: 'assessment',
  applied,
  parameterFraction: 0.1,
  seed: 1,
};
const same: StudyChoices = { ...request };

describe('studyStale', () => {
  it('is false while every choice is the one computed', () => {
    expect(studyStale(request, same)).toBe(false);
  });

  it.each([
    ['the scenario', { base: { initial: { trust: 0.4 } } }],
    ['the factor', { factor: 'collectiveIntelligence' }],
    ['the number of runs', { runs: 1000 }],
    ['the spread of starting values', { initialSpread: 0.2 }],
    ['the spread of settings', { parameterFraction: 0 }],
    ['the source of the spread', { source: 'amount' as const }],
    ['the applied starting values', { applied: null }],
    ['the moment they were applied', { applied: { ...applied, appliedAt: 1 } }],
  ])('is true once %s changed', (_what, change) => {
    expect(studyStale(request, { ...same, ...change })).toBe(true);
  });

  it('takes a copy of the same applied values (read again from storage) as the same', () => {
    expect(studyStale(request, { ...same, applied: structuredClone(applied) })).toBe(false);
  });

  it('ignores the applied values of a study that did not use them', () => {
    const amount = { ...request, source: 'amount' as const };
    expect(studyStale(amount, { ...amount, applied: null })).toBe(false);
  });
});
