import type { Scenario } from '@samenspel/core';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../model.js';
import { applyStartingValues } from './apply-starting-values.js';

const endogenous = model.factors.find((f) => !f.exogenous);
const exogenous = model.factors.find((f) => f.exogenous);
if (endogenous === undefined || exogenous === undefined) throw new Error('the model changed');

describe('applyStartingValues', () => {
  it('sets initial levels of endogenous factors and the input of an exogenous one', () => {
    let written: string[] = [];
    const next = produce(defaultScenario(), (d) => {
      written = applyStartingValues(d, model, { [endogenous.id]: 0.37, [exogenous.id]: 0.81, nope: 0.5 });
    });
    expect(next.initial?.[endogenous.id]).toBe(0.37);
    expect(next.inputs?.[exogenous.id]).toBe(0.81);
    expect(written).toEqual([endogenous.id, exogenous.id]);
    expect(next.initial).not.toHaveProperty('nope');
  });

  it('keeps the later steps of a step-wise input and clamps values to 0–1', () => {
    const start: Scenario = {
      ...defaultScenario(),
      inputs: {
        [exogenous.id]: [
          { month: 0, value: 0.2 },
          { month: 12, value: 0.9 },
        ],
      },
    };
    const next = produce(start, (d) => {
      applyStartingValues(d, model, { [exogenous.id]: 0.5, [endogenous.id]: 1.4 });
    });
    expect(next.inputs?.[exogenous.id]).toEqual([
      { month: 0, value: 0.5 },
      { month: 12, value: 0.9 },
    ]);
    expect(next.initial?.[endogenous.id]).toBe(1);
  });
});
