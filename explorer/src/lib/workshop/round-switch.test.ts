import type { Intervention } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model as icuModel } from '../model.js';
import { roundScenario } from './projection.js';
import { leversKey, roundSwitch, startsFrom, type RoundSwitchInput } from './round-switch.js';

const a: Intervention = { lever: 'a', startMonth: 0, endMonth: 12, intensity: 1 };
const b: Intervention = { lever: 'b', startMonth: 3, endMonth: 24, intensity: 0.5 };

function input(over: Partial<RoundSwitchInput>): RoundSwitchInput {
  return {
    key: 'r1:round1:10',
    appliedKey: null,
    current: [],
    target: [],
    applied: null,
    saved: [],
    horizon: 60,
    startsFromRound: true,
    ...over,
  };
}

describe('roundSwitch', () => {
  it('keeps the model when the workshop comes back to the round it last applied', () => {
    expect(roundSwitch(input({ appliedKey: 'r1:round1:10', current: [b] }))).toBe('keep');
  });

  it('starts the same round again, keeping the levers, when its starting values were changed', () => {
    expect(roundSwitch(input({ appliedKey: 'r1:round1:10', current: [b], startsFromRound: false }))).toBe(
      'restart',
    );
  });

  it('applies at once when the model has no levers', () => {
    expect(roundSwitch(input({ target: [a] }))).toBe('apply');
  });

  it('applies when the levers in the model are the round plan’s, the last applied or a saved plan’s', () => {
    expect(roundSwitch(input({ current: [a], target: [a] }))).toBe('apply');
    expect(roundSwitch(input({ appliedKey: 'r1:round0:10', current: [b], applied: [b] }))).toBe('apply');
    expect(roundSwitch(input({ current: [b], saved: [[a], [b]] }))).toBe('apply');
  });

  it('asks when the model holds levers no plan keeps', () => {
    expect(
      roundSwitch(input({ appliedKey: 'r1:round0:10', current: [a, b], applied: [a], saved: [[a]] })),
    ).toBe('ask');
    // The same round with more responses is a new key too.
    expect(roundSwitch(input({ appliedKey: 'r1:round1:9', current: [b], applied: [], target: [] }))).toBe(
      'ask',
    );
  });

  it('compares levers with their defaults filled in', () => {
    const short: Intervention = { lever: 'a' };
    expect(leversKey([short], 60)).toBe(
      leversKey([{ lever: 'a', startMonth: 0, endMonth: 60, intensity: 1 }], 60),
    );
    expect(roundSwitch(input({ current: [short], saved: [[{ ...short, endMonth: 60 }]] }))).toBe('apply');
  });
});

describe('startsFrom', () => {
  it('tells whether a scenario starts from measured values, exogenous factors through inputs', () => {
    const starting: Record<string, number> = {};
    for (const [i, f] of icuModel.factors.entries()) starting[f.id] = (i + 1) / 20;
    const scenario = roundScenario(icuModel, defaultScenario(), starting, []);
    expect(startsFrom(icuModel, scenario, starting)).toBe(true);
    const first = icuModel.factors[0];
    if (first === undefined) throw new Error('model has no factors');
    expect(startsFrom(icuModel, scenario, { ...starting, [first.id]: 0.99 })).toBe(false);
    expect(startsFrom(icuModel, defaultScenario(), starting)).toBe(false);
  });
});
