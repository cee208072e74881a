import { describe, expect, it } from 'vitest';
import { model } from '../model.js';
import { distinctLevers, fullInterventions, planLevers } from './plan-levers.js';

describe('plan levers', () => {
  it('fill in the engine defaults: start 0, end of the run, full intensity', () => {
    expect(fullInterventions([{ lever: 'startSmall' }], 24)).toEqual([
      { lever: 'startSmall', startMonth: 0, endMonth: 24, intensity: 1 },
    ]);
  });

  it('carry the lever name in the chosen language, and list each lever once', () => {
    const lever = model.levers[0];
    if (lever === undefined) throw new Error('model has no levers');
    const levers = planLevers(model, [{ lever: lever.id }, { lever: lever.id, startMonth: 6 }], 12, 'en');
    expect(levers[0]?.label).toBe(lever.label.en);
    expect(distinctLevers(levers)).toHaveLength(1);
  });
});
