import { describe, expect, it } from 'vitest';
import {
  applyStepKey,
  clampStep,
  LAST_STEP,
  nextStep,
  previousStep,
  stepAt,
  stepKeyAction,
  WORKSHOP_STEPS,
} from './steps.js';

describe('workshop steps', () => {
  it('follow the seed programme: results, what stands out, loops, levers, plan', () => {
    expect(WORKSHOP_STEPS).toEqual(['results', 'standsOut', 'loops', 'levers', 'plan']);
    expect(LAST_STEP).toBe(4);
  });

  it('go forward and back one at a time and stop at both ends', () => {
    expect(nextStep(0)).toBe(1);
    expect(nextStep(LAST_STEP)).toBe(LAST_STEP);
    expect(previousStep(2)).toBe(1);
    expect(previousStep(0)).toBe(0);
  });

  it('clamp indexes out of range, fractions and not-a-number', () => {
    expect(clampStep(-3)).toBe(0);
    expect(clampStep(99)).toBe(LAST_STEP);
    expect(clampStep(2.7)).toBe(2);
    expect(clampStep(Number.NaN)).toBe(0);
    expect(stepAt(99)).toBe('plan');
  });
});

describe('workshop step keys', () => {
  const plain = { alt: false, inField: false };
  const alt = { alt: true, inField: false };

  it('turn the page with PageDown/PageUp and Alt+arrows, not with bare arrows', () => {
    expect(stepKeyAction('PageDown', plain)).toBe('next');
    expect(stepKeyAction('PageUp', plain)).toBe('back');
    expect(stepKeyAction('ArrowRight', alt)).toBe('next');
    expect(stepKeyAction('ArrowLeft', alt)).toBe('back');
    expect(stepKeyAction('ArrowRight', plain)).toBeNull();
    expect(stepKeyAction('Home', alt)).toBe('first');
    expect(stepKeyAction('End', alt)).toBe('last');
  });

  it('never take keys typed into a form field', () => {
    expect(stepKeyAction('PageDown', { alt: false, inField: true })).toBeNull();
    expect(stepKeyAction('ArrowRight', { alt: true, inField: true })).toBeNull();
  });

  it('lead to the expected step', () => {
    expect(applyStepKey(1, 'next')).toBe(2);
    expect(applyStepKey(1, 'back')).toBe(0);
    expect(applyStepKey(3, 'first')).toBe(0);
    expect(applyStepKey(0, 'last')).toBe(LAST_STEP);
  });
});
