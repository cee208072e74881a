import { compileModel } from '../../compile/compile-model.js';
import type { Model } from '../../model/model-types.js';
import type { Scenario } from '../../scenario/scenario-types.js';
import { validateScenario } from '../../scenario/validate-scenario.js';
import { InvalidScenarioError } from '../../simulate/simulate.js';
import { writeXmile } from './write-xmile.js';
import { xmileVariables } from './xmile-variables.js';

/**
 * Writes a model of this engine, under a scenario, as an XMILE 1.0 document (OASIS namespace
 * `http://docs.oasis-open.org/xmile/ns/XMILE/v1.0`) that other system-dynamics tools can read.
 *
 * The document holds the scenario, not only the model: `sim_specs` has start 0, stop
 * `horizonMonths`, `dt` and the method (`Euler` or `RK4`), time in months; stocks start at the
 * scenario's initial levels; inputs follow the scenario's values or step-wise series; global
 * parameters and per-factor and per-link numbers carry the scenario's overrides; each
 * intervention is an auxiliary that holds its intensity from its start month (inclusive) to its
 * end month (exclusive) and 0 otherwise. Levers the scenario does not use are left out.
 *
 * Every variable has a readable snake_case name derived from its id (`pioneerMotivation` →
 * `pioneer_motivation`, its growth flow `pioneer_motivation_growth`, …), a unit and a `doc`.
 * The equations are the engine's, term by term (docs/model.md, "The equations"), so an XMILE
 * simulator with the same method and dt reproduces `simulate()` to rounding. One thing XMILE
 * cannot say is left out: the engine's clamp of every state to [0, 1] after each step. It only
 * acts when a step is so coarse that dt × a rate exceeds 1; with such a dt the two runs differ.
 *
 * @param scenario - defaults as in `simulate`: 60 months, dt 0.25, RK4, the model's levels and inputs
 * @throws InvalidScenarioError when the scenario is invalid (with every problem); Error when the model is
 */
export function modelToXmile(model: Model, scenario: Scenario = {}): string {
  compileModel(model);
  const validation = validateScenario(model, scenario);
  if (!validation.ok) throw new InvalidScenarioError(validation.diagnostics);
  return writeXmile(xmileVariables(model, validation.scenario));
}
