/**
 * The facilitator's walk through a workshop, after the seed's programme: feed back the results,
 * discuss what stands out, see where the model's loops stall, choose levers, write the action plan.
 */

/** The steps of a workshop, in order. */
export const WORKSHOP_STEPS = ['results', 'standsOut', 'loops', 'levers', 'plan'] as const;

/** One step of the workshop. */
export type WorkshopStep = (typeof WORKSHOP_STEPS)[number];

/** Index of the last step. */
export const LAST_STEP = WORKSHOP_STEPS.length - 1;

/** A step index kept within 0..{@link LAST_STEP} (not-a-number becomes 0, fractions round down). */
export function clampStep(index: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(LAST_STEP, Math.max(0, Math.floor(index)));
}

/** The step after `index` (the last step stays where it is). */
export function nextStep(index: number): number {
  return clampStep(clampStep(index) + 1);
}

/** The step before `index` (the first step stays where it is). */
export function previousStep(index: number): number {
  return clampStep(clampStep(index) - 1);
}

/** The step id at `index` (clamped). */
export function stepAt(index: number): WorkshopStep {
  return WORKSHOP_STEPS[clampStep(index)] ?? 'results';
}

/** What a key press does in the facilitator view, or null when the key is not ours. */
export type StepKeyAction = 'next' | 'back' | 'first' | 'last' | null;

/**
 * The navigation a key means: PageDown/PageUp (a presenter's clicker), Alt+→/Alt+← (arrow keys
 * alone stay with sliders and text fields), Home/End with Alt. Keys typed into a form field are
 * never taken, so writing an action does not turn the page.
 */
export function stepKeyAction(key: string, options: { alt: boolean; inField: boolean }): StepKeyAction {
  if (options.inField) return null;
  if (key === 'PageDown' || (options.alt && key === 'ArrowRight')) return 'next';
  if (key === 'PageUp' || (options.alt && key === 'ArrowLeft')) return 'back';
  if (options.alt && key === 'Home') return 'first';
  if (options.alt && key === 'End') return 'last';
  return null;
}

/** The step index a key action leads to from `index`. */
export function applyStepKey(index: number, action: Exclude<StepKeyAction, null>): number {
  switch (action) {
    case 'next':
      return nextStep(index);
    case 'back':
      return previousStep(index);
    case 'first':
      return 0;
    case 'last':
      return LAST_STEP;
  }
}
