import type { Model, Scenario } from '@samenspel/core';
import type { Draft } from 'immer';

/**
 * Writes starting levels (0–1 per factor id) into a scenario draft: an endogenous factor's initial
 * level, or an exogenous factor's input (a constant is replaced; a step-wise series keeps its
 * later steps and gets the value from its first step). Ids the model does not know are skipped.
 * Returns the ids that were written.
 */
export function applyStartingValues(
  draft: Draft<Scenario>,
  model: Model,
  initial: Readonly<Record<string, number>>,
): string[] {
  const written: string[] = [];
  for (const [id, raw] of Object.entries(initial)) {
    const factor = model.factors.find((f) => f.id === id);
    if (factor === undefined || !Number.isFinite(raw)) continue;
    const value = Math.min(1, Math.max(0, raw));
    if (!factor.exogenous) {
      draft.initial ??= {};
      draft.initial[id] = value;
    } else {
      draft.inputs ??= {};
      const setting = draft.inputs[id];
      if (Array.isArray(setting) && setting.length > 0) {
        const [first, ...rest] = setting;
        if (first !== undefined) draft.inputs[id] = [{ month: first.month, value }, ...rest];
      } else draft.inputs[id] = value;
    }
    written.push(id);
  }
  return written;
}
