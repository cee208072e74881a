import type { Model } from '../model/model-types.js';
import type { Scenario } from '../scenario/scenario-types.js';

/**
 * What a sweep axis varies:
 * - `initial`: the starting level of one factor (`scenario.initial[factor]`, in [0, 1]);
 * - `input`: an input or exogenous factor, held constant over the run (`scenario.inputs[input]`);
 * - `parameter`: a parameter override (`scenario.parameters[id]`, any id `listParameters` names);
 * - `uniformInitial`: every endogenous factor starts at the value (a region that is equally far
 *   along everywhere); it replaces whatever the base scenario set for them.
 */
export type AxisTarget =
  | { readonly kind: 'initial'; readonly factor: string }
  | { readonly kind: 'input'; readonly input: string }
  | { readonly kind: 'parameter'; readonly id: string }
  | { readonly kind: 'uniformInitial' };

/**
 * One axis of a sweep: `steps` evenly spaced values from `from` to `to`, both included. Values must
 * be valid for the target (levels and inputs in [0, 1], parameters within their range); an invalid
 * value makes the run throw `InvalidScenarioError`.
 */
export interface Axis {
  /** What the axis varies. */
  readonly target: AxisTarget;
  /** First value. */
  readonly from: number;
  /** Last value (may be smaller than `from`: the axis then runs downwards). */
  readonly to: number;
  /** Number of values, a whole number ≥ 1; with 1 the axis holds only `from`. */
  readonly steps: number;
}

/**
 * The values of an axis: `steps` evenly spaced numbers from `from` to `to`, the last exactly `to`.
 *
 * @throws RangeError when `steps` is not a whole number ≥ 1 or `from`/`to` are not finite
 */
export function axisValues(axis: Axis): Float64Array {
  const { from, to, steps } = axis;
  if (!Number.isInteger(steps) || steps < 1) {
    throw new RangeError(`axis steps must be a whole number ≥ 1, got ${steps}`);
  }
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new RangeError(`axis from and to must be finite, got ${from} and ${to}`);
  }
  const out = new Float64Array(steps);
  for (let i = 0; i < steps; i++)
    out[i] = i === steps - 1 && steps > 1 ? to : from + ((to - from) * i) / (steps - 1 || 1);
  return out;
}

/**
 * A copy of `scenario` with the axis target set to `value`; the scenario itself is not changed.
 * For `uniformInitial` every endogenous factor of `model` starts at `value`; other entries of
 * `scenario.initial` are kept.
 */
export function withAxisValue(model: Model, scenario: Scenario, target: AxisTarget, value: number): Scenario {
  switch (target.kind) {
    case 'initial':
      return { ...scenario, initial: { ...scenario.initial, [target.factor]: value } };
    case 'input':
      return { ...scenario, inputs: { ...scenario.inputs, [target.input]: value } };
    case 'parameter':
      return { ...scenario, parameters: { ...scenario.parameters, [target.id]: value } };
    case 'uniformInitial': {
      const initial: Record<string, number> = { ...scenario.initial };
      for (const f of model.factors) if (!f.exogenous) initial[f.id] = value;
      return { ...scenario, initial };
    }
  }
}

/** True when two targets name the same scenario field (a sweep over both would be meaningless). */
export function sameTarget(a: AxisTarget, b: AxisTarget): boolean {
  return targetKey(a) === targetKey(b);
}

/** The scenario field a target sets, e.g. `initial.trust`; `initial.*` for `uniformInitial`. */
export function targetKey(target: AxisTarget): string {
  switch (target.kind) {
    case 'initial':
      return `initial.${target.factor}`;
    case 'input':
      return `inputs.${target.input}`;
    case 'parameter':
      return `parameters.${target.id}`;
    case 'uniformInitial':
      return 'initial.*';
  }
}
