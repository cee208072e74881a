import { interpolateCividis, scaleSequential } from 'd3';

/**
 * What a cell's colour shows: collective intelligence at the end of the run (0–1), or whether
 * collaboration takes off (yes/no).
 */
export type MapOutcome = 'final' | 'takesOff';

/** Outcome the map opens with. */
export const DEFAULT_OUTCOME: MapOutcome = 'final';

/** The variable whose end value colours the map in the `final` outcome. */
export const FINAL_VARIABLE = 'collectiveIntelligence';

/** The pattern that marks take-off (the `takesOff` outcome and the outlined region). */
export const TAKE_OFF = 'collaborationTakesOff';

// Cividis: sequential, perceptually uniform and readable with every common colour-vision deficiency.
const sequential = scaleSequential(interpolateCividis).domain([0, 1]).clamp(true);

/** Colour of a level in [0, 1] (values outside are clamped; NaN is grey). */
export function levelColour(value: number): string {
  return Number.isFinite(value) ? sequential(value) : '#999999';
}

/** Colour of "does not take off" (dark end of the same scheme). */
export const NO_COLOUR = levelColour(0.08);
/** Colour of "takes off" (light end of the same scheme). */
export const YES_COLOUR = levelColour(0.92);

/** The colour of one cell. */
export function cellColour(outcome: MapOutcome, value: number, present: number): string {
  if (outcome === 'takesOff') return present === 1 ? YES_COLOUR : NO_COLOUR;
  return levelColour(value);
}

/** Stops of the legend gradient: `n` evenly spaced offsets (0–100 %) with their colours. */
export function gradientStops(n = 11): { offset: string; colour: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const t = n === 1 ? 0 : i / (n - 1);
    return { offset: `${Math.round(t * 100)}%`, colour: levelColour(t) };
  });
}
