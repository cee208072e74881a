import { describe, expect, it } from 'vitest';
import { clamp, formatLevel, fromLevel, toLevel } from './level.js';

describe('levels 0–100', () => {
  it('converts model levels to whole numbers 0–100 and back', () => {
    expect(toLevel(0.25)).toBe(25);
    expect(toLevel(0.994)).toBe(99);
    expect(toLevel(0.996)).toBe(100);
    expect(fromLevel(35)).toBe(0.35);
    expect(fromLevel(toLevel(0.42))).toBe(0.42);
  });

  it('clamps out-of-range and NaN values', () => {
    expect(toLevel(1.3)).toBe(100);
    expect(toLevel(-0.1)).toBe(0);
    expect(fromLevel(140)).toBe(1);
    expect(fromLevel(-5)).toBe(0);
    expect(clamp(Number.NaN, 0, 1)).toBe(0);
  });

  it('formats for display, with a dash for missing values', () => {
    expect(formatLevel(0.5)).toBe('50');
    expect(formatLevel(undefined)).toBe('–');
    expect(formatLevel(Number.NaN)).toBe('–');
  });
});
