import type { Model, Scenario } from '@samenspel/core';

import type { StartingValues } from '../types.js';

/**
 * A scenario that starts the model from a round's starting values: endogenous factors go under
 * `initial`, exogenous factors (such as the external context) under `inputs` as constants, the
 * way core's scenario format wants them. Ids the model does not know are left out.
 */
export function startingScenario(start: StartingValues, model: Model, name = 'Starting values'): Scenario {
  const initial: Record<string, number> = {};
  const inputs: Record<string, number> = {};
  for (const factor of model.factors) {
    const value = start.initial[factor.id];
    if (value === undefined) continue;
    const clamped = Math.min(1, Math.max(0, value));
    if (factor.exogenous) inputs[factor.id] = clamped;
    else initial[factor.id] = clamped;
  }
  return { name, initial, inputs };
}
