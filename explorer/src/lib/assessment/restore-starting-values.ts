import type { Model } from '@samenspel/core';
import type { AppliedStartingValues } from '../regions/region-repository.js';
import type { ScenarioStore } from '../state/scenario-store.svelte.js';
import { applyStartingValues } from './apply-starting-values.js';

/**
 * At start: when the selected region has starting values and the page did not open a shared
 * scenario, the explorer begins from those values (one undoable step, so undo gives the model's
 * defaults). Returns true when something was applied.
 */
export function restoreStartingValues(
  scenario: ScenarioStore,
  model: Model,
  values: AppliedStartingValues | null,
  openedSharedScenario: boolean,
): boolean {
  if (values === null || openedSharedScenario) return false;
  const before = scenario.current;
  scenario.update((d) => {
    applyStartingValues(d, model, values.initial);
  });
  return scenario.current !== before;
}
