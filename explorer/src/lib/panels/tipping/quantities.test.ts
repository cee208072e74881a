import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../../model.js';
import {
  currentValue,
  DEFAULT_X,
  DEFAULT_Y,
  displayDigits,
  displayNumber,
  listQuantities,
  quantityAxis,
  quantityByKey,
} from './quantities.js';

const list = listQuantities(model);

describe('the quantities the map can vary', () => {
  it('offer the issue’s choices: motivation, trust, support, context, obligation, a uniform start, turnover', () => {
    const keys = list.map((q) => q.key);
    for (const key of [
      'initial.pioneerMotivation',
      'initial.trust',
      'initial.supportForCollaboration',
      'inputs.externalContext',
      'inputs.networkObligation',
      'initial.*',
      'parameters.memberTurnover',
    ]) {
      expect(keys).toContain(key);
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(DEFAULT_X);
    expect(keys).toContain(DEFAULT_Y);
  });

  it('map each choice to a core axis target over its whole range', () => {
    expect(quantityByKey(list, 'initial.trust').target).toEqual({ kind: 'initial', factor: 'trust' });
    expect(quantityByKey(list, 'inputs.externalContext').target).toEqual({
      kind: 'input',
      input: 'externalContext',
    });
    expect(quantityByKey(list, 'initial.*').target).toEqual({ kind: 'uniformInitial' });
    const turnover = quantityByKey(list, 'parameters.memberTurnover');
    expect(turnover.target).toEqual({ kind: 'parameter', id: 'memberTurnover' });
    expect(quantityAxis(turnover)).toEqual({ target: turnover.target, from: 0, to: 0.1, steps: 15 });
    expect(quantityAxis(quantityByKey(list, 'initial.trust'), 21)).toMatchObject({
      from: 0,
      to: 1,
      steps: 21,
    });
  });

  it('fall back to the first quantity for an unknown key', () => {
    expect(quantityByKey(list, 'nonsense')).toBe(list[0]);
  });

  it('know where the region stands now', () => {
    const s = defaultScenario();
    const trust = quantityByKey(list, 'initial.trust');
    expect(currentValue(model, s, trust)).toBe(s.initial?.trust);
    expect(currentValue(model, { ...s, initial: { ...s.initial, trust: 0.8 } }, trust)).toBe(0.8);
    expect(currentValue(model, {}, trust)).toBe(model.factors.find((f) => f.id === 'trust')?.initial);
    const context = quantityByKey(list, 'inputs.externalContext');
    expect(currentValue(model, { inputs: { externalContext: 0.7 } }, context)).toBe(0.7);
    expect(
      currentValue(model, { inputs: { externalContext: [{ month: 0, value: 0.2 }] } }, context),
    ).toBeNull();
    expect(currentValue(model, {}, quantityByKey(list, 'inputs.networkObligation'))).toBe(0.2);
    expect(
      currentValue(
        model,
        { parameters: { memberTurnover: 0.05 } },
        quantityByKey(list, 'parameters.memberTurnover'),
      ),
    ).toBe(0.05);
    expect(currentValue(model, {}, quantityByKey(list, 'parameters.memberTurnover'))).toBe(0.01);
    const levels = model.factors.filter((f) => !f.exogenous).map((f) => f.initial);
    const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
    expect(currentValue(model, {}, quantityByKey(list, 'initial.*'))).toBeCloseTo(mean, 12);
  });

  it('show levels as 0–100 and turnover in percent per month with a decimal', () => {
    const trust = quantityByKey(list, 'initial.trust');
    expect(displayNumber(trust, 0.554)).toBe(55);
    expect(displayDigits(trust)).toBe(0);
    const turnover = quantityByKey(list, 'parameters.memberTurnover');
    expect(displayDigits(turnover)).toBe(1);
    expect(displayNumber(turnover, 0.0347, 1)).toBe(3.5);
    expect(turnover.unitKey).toBe('tipping.unit.percentPerMonth');
  });
});
