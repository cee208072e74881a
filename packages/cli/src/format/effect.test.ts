import { describe, expect, it } from 'vitest';
import { describeEffect } from './effect.js';

describe('describeEffect', () => {
  it('writes each kind of effect in the terms of the model', () => {
    expect(describeEffect({ target: 'inflow', factor: 'trust', size: 0.1 })).toBe('inflow trust +0.1·v');
    expect(describeEffect({ target: 'weight', link: 'a-b', size: 0.5 })).toBe('weight a-b ×(1 + 0.5·v)');
    expect(describeEffect({ target: 'weight', link: 'a-b', size: -0.5 })).toBe('weight a-b ×(1 - 0.5·v)');
    expect(describeEffect({ target: 'growthRate', factor: 'x', size: 2 })).toBe('growthRate x ×(1 + 2·v)');
    expect(describeEffect({ target: 'erosion', factor: 'x', size: -0.02 })).toBe('erosion x -0.02·v');
  });
});
