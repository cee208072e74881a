import { interpolateCividis } from 'd3';
import { describe, expect, it } from 'vitest';
import { cellColour, gradientStops, levelColour, NO_COLOUR, YES_COLOUR } from './map-colours.js';

describe('map colours', () => {
  it('use the colour-blind-safe cividis scheme for levels, clamped to 0–1', () => {
    expect(levelColour(0.5)).toBe(interpolateCividis(0.5));
    expect(levelColour(-1)).toBe(interpolateCividis(0));
    expect(levelColour(2)).toBe(interpolateCividis(1));
    expect(levelColour(Number.NaN)).toBe('#999999');
  });

  it('colour a cell by its final level or by take-off', () => {
    expect(cellColour('final', 0.3, 1)).toBe(levelColour(0.3));
    expect(cellColour('takesOff', 0.3, 1)).toBe(YES_COLOUR);
    expect(cellColour('takesOff', 0.9, 0)).toBe(NO_COLOUR);
    expect(YES_COLOUR).not.toBe(NO_COLOUR);
  });

  it('give the legend evenly spaced stops from the dark to the light end', () => {
    const stops = gradientStops(5);
    expect(stops.map((s) => s.offset)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(stops[0]?.colour).toBe(levelColour(0));
    expect(stops[4]?.colour).toBe(levelColour(1));
  });
});
