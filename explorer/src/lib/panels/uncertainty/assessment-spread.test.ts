import { spreadAround, uncertaintyProblems, type Scenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import type { AppliedStartingValues } from '../../regions/region-repository.js';
import { appliedValuesCurrent, levelSd, MIN_LEVEL_SD, planSpread } from './assessment-spread.js';

const model = icuNetworkModel;
const endogenous = model.factors.filter((f) => !f.exogenous).map((f) => f.id);

/** Applied values: trust from 9 answers, sd 0.3; commonGround from one answer; externalContext (exogenous). */
const applied: AppliedStartingValues = {
  roundId: 'r1',
  initial: { trust: 0.6, commonGround: 0.4, externalContext: 0.3 },
  spread: { trust: 0.3, commonGround: 0, externalContext: 0.2 },
  answered: { trust: 9, commonGround: 1, externalContext: 5 },
  appliedAt: 0,
};

/** The scenario right after applying them. */
const base: Scenario = { initial: { trust: 0.6, commonGround: 0.4 }, inputs: { externalContext: 0.3 } };

describe('appliedValuesCurrent', () => {
  it('holds while every applied level is the scenario’s, and not after one slider moved', () => {
    expect(appliedValuesCurrent(model, base, applied)).toBe(true);
    expect(
      appliedValuesCurrent(model, { ...base, initial: { trust: 0.61, commonGround: 0.4 } }, applied),
    ).toBe(false);
    expect(appliedValuesCurrent(model, { ...base, inputs: { externalContext: 0.5 } }, applied)).toBe(false);
  });

  it('reads a step-wise input by its first step, and compares a value applied outside [0, 1] clamped', () => {
    const steps: Scenario = {
      ...base,
      inputs: {
        externalContext: [
          { month: 0, value: 0.3 },
          { month: 12, value: 0.9 },
        ],
      },
    };
    expect(appliedValuesCurrent(model, steps, applied)).toBe(true);
    const high = { ...applied, initial: { trust: 1.2 } };
    expect(appliedValuesCurrent(model, { initial: { trust: 1 } }, high)).toBe(true);
  });

  it('is false without applied values, or when none of them is a factor of the model', () => {
    expect(appliedValuesCurrent(model, base, null)).toBe(false);
    expect(appliedValuesCurrent(model, base, { ...applied, initial: { nosuchFactor: 0.5 } })).toBe(false);
  });
});

describe('levelSd', () => {
  it('is the standard error of the mean, sd / √n, with a floor, and undefined below two answers', () => {
    expect(levelSd(0.3, 9)).toBeCloseTo(0.1, 12);
    expect(levelSd(0.2, 4)).toBeCloseTo(0.1, 12);
    expect(levelSd(0, 12)).toBe(MIN_LEVEL_SD);
    expect(levelSd(0, 1)).toBeUndefined();
    expect(levelSd(undefined, 5)).toBeUndefined();
    expect(levelSd(0.2, undefined)).toBeUndefined();
  });
});

describe('planSpread', () => {
  it('with the plain amount is core’s spreadAround, every factor plain', () => {
    const plan = planSpread(model, base, 'amount', applied, 0.1, 0.25);
    expect(plan.spec).toEqual(spreadAround(model, base, 0.1, 0.25));
    expect(plan.source).toBe('amount');
    expect(plan.measured).toEqual([]);
    expect(plan.plain).toEqual(endogenous);
  });

  it('without applied values falls back to the plain amount', () => {
    const plan = planSpread(model, base, 'assessment', null, 0.1, 0);
    expect(plan.source).toBe('amount');
    expect(plan.spec).toEqual(spreadAround(model, base, 0.1, 0));
  });

  it('from the assessment draws a measured factor from a normal on [0, 1] around its level with sd / √n', () => {
    const plan = planSpread(model, base, 'assessment', applied, 0.1, 0.25);
    expect(plan.source).toBe('assessment');
    expect(plan.measured).toEqual(['trust']);
    expect(plan.spec.initial?.trust).toEqual({ kind: 'normal', mean: 0.6, sd: 0.3 / 3, min: 0, max: 1 });
    // One answer: no measured spread, so the ± amount stays.
    expect(plan.plain).toContain('commonGround');
    expect(plan.spec.initial?.commonGround).toEqual({ kind: 'uniform', min: 0.4 - 0.1, max: 0.4 + 0.1 });
    // Exogenous factors are not initial levels; parameters are as with the plain amount.
    expect(plan.spec.initial).not.toHaveProperty('externalContext');
    expect(plan.spec.parameters).toEqual(spreadAround(model, base, 0.1, 0.25).parameters);
    expect([...plan.measured, ...plan.plain].sort()).toEqual([...endogenous].sort());
    expect(uncertaintyProblems(model, plan.spec)).toEqual([]);
  });

  it('keeps the sd above zero when everyone gave the same answer, so the spec stays valid', () => {
    const agreed = { ...applied, spread: { ...applied.spread, trust: 0 } };
    const plan = planSpread(model, base, 'assessment', agreed, 0.1, 0);
    expect(plan.spec.initial?.trust).toMatchObject({ kind: 'normal', sd: MIN_LEVEL_SD });
    expect(uncertaintyProblems(model, plan.spec)).toEqual([]);
  });
});
