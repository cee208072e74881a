import { describe, expect, it } from 'vitest';
import { hiddenSides } from './scroll-cue.js';

describe('hiddenSides', () => {
  it('sees nothing hidden when the content fits', () => {
    expect(hiddenSides(0, 300, 300)).toEqual({ left: false, right: false });
  });
  it('sees content to the right at the start of a wide table, and to the left at its end', () => {
    expect(hiddenSides(0, 500, 300)).toEqual({ left: false, right: true });
    expect(hiddenSides(100, 500, 300)).toEqual({ left: true, right: true });
    expect(hiddenSides(200, 500, 300)).toEqual({ left: true, right: false });
  });
  it('allows a pixel of rounding at either end', () => {
    expect(hiddenSides(0.5, 300.8, 300)).toEqual({ left: false, right: false });
  });
});
