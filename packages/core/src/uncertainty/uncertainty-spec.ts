import type { Model } from '../model/model-types.js';
import { listParameters } from '../scenario/parameter-ids.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { distributionProblems, draw, type Distribution } from './distribution.js';
import { runStream } from './random-stream.js';

/**
 * What is uncertain in a Monte Carlo study: a distribution per parameter (any id `listParameters`
 * names), per initial level of an endogenous factor, and per input or exogenous factor (held
 * constant over the run). Everything not named keeps the base scenario's value. Plain JSON data.
 */
export interface UncertaintySpec {
  /** Parameter id → distribution of its value. */
  readonly parameters?: Readonly<Record<string, Distribution>>;
  /** Factor id → distribution of its initial level (within [0, 1]). */
  readonly initial?: Readonly<Record<string, Distribution>>;
  /** Input or exogenous factor id → distribution of its constant value (within [0, 1]). */
  readonly inputs?: Readonly<Record<string, Distribution>>;
}

/**
 * Every problem of a spec against a model, each naming the field (e.g. `initial.trust.max`) and the
 * reason: unknown ids, malformed distributions, and bounds outside the value's allowed range (so
 * that no drawn scenario can be invalid). An empty list when the spec is usable.
 */
export function uncertaintyProblems(model: Model, spec: UncertaintySpec): string[] {
  const problems: string[] = [];
  if (typeof spec !== 'object' || (spec as unknown) === null)
    return ['the uncertainty spec must be an object'];
  for (const key of Object.keys(spec)) {
    if (!['parameters', 'initial', 'inputs'].includes(key))
      problems.push(`${key}: unknown field; use parameters, initial or inputs`);
  }
  const params = new Map(listParameters(model).map((p) => [p.id, p]));
  const endogenous = new Set(model.factors.filter((f) => !f.exogenous).map((f) => f.id));
  const inputs = new Set([
    ...model.inputs.map((i) => i.id),
    ...model.factors.filter((f) => f.exogenous).map((f) => f.id),
  ]);
  const check = (
    group: 'parameters' | 'initial' | 'inputs',
    known: (id: string) => { min: number; max: number } | undefined,
    what: string,
  ) => {
    for (const [id, d] of Object.entries(spec[group] ?? {})) {
      const path = `${group}.${id}`;
      const range = known(id);
      if (range === undefined) {
        problems.push(`${path}: unknown ${what} '${id}'`);
        continue;
      }
      const own = distributionProblems(d, path);
      problems.push(...own);
      if (own.length === 0 && (d.min < range.min || d.max > range.max))
        problems.push(
          `${path}: the bounds [${d.min}, ${d.max}] must lie within [${range.min}, ${range.max}]`,
        );
    }
  };
  check('parameters', (id) => params.get(id), 'parameter (see listParameters)');
  check('initial', (id) => (endogenous.has(id) ? { min: 0, max: 1 } : undefined), 'endogenous factor');
  check('inputs', (id) => (inputs.has(id) ? { min: 0, max: 1 } : undefined), 'input or exogenous factor');
  return problems;
}

/**
 * The scenario of Monte Carlo run `run`: the base scenario with every uncertain value drawn from
 * its distribution, using the run's own stream (`runStream(seed, run)`). Draws are made in a fixed
 * order: parameters, then initial levels, then inputs, each in the spec's key order; so the same
 * (spec, seed, run) always gives the same scenario, wherever it is computed.
 */
export function sampleScenario(base: Scenario, spec: UncertaintySpec, seed: number, run: number): Scenario {
  const uniform = runStream(seed, run);
  const drawAll = (group: Readonly<Record<string, Distribution>> | undefined) => {
    const out: Record<string, number> = {};
    for (const [id, d] of Object.entries(group ?? {})) out[id] = draw(d, uniform);
    return out;
  };
  const parameters = drawAll(spec.parameters);
  const initial = drawAll(spec.initial);
  const inputs = drawAll(spec.inputs);
  return {
    ...base,
    parameters: { ...base.parameters, ...parameters },
    initial: { ...base.initial, ...initial },
    inputs: { ...base.inputs, ...inputs },
  };
}

/**
 * A spec that spreads every endogenous factor's initial level uniformly by ± `initialSpread` around
 * its value in the base scenario (or the model's default), and every global parameter by
 * ± `parameterFraction` of its value, each clipped to the allowed range. A quick "how robust is this
 * region?" question without writing a spec; 0 leaves that group out.
 */
export function spreadAround(
  model: Model,
  base: Scenario,
  initialSpread: number,
  parameterFraction: number,
): UncertaintySpec {
  if (!(initialSpread >= 0 && initialSpread <= 1))
    throw new RangeError(`the initial spread must lie in [0, 1], got ${initialSpread}`);
  if (!(parameterFraction >= 0))
    throw new RangeError(`the parameter fraction must be ≥ 0, got ${parameterFraction}`);
  const initial: Record<string, Distribution> = {};
  if (initialSpread > 0) {
    for (const f of model.factors) {
      if (f.exogenous) continue;
      const v = base.initial?.[f.id] ?? f.initial;
      initial[f.id] = {
        kind: 'uniform',
        min: Math.max(0, v - initialSpread),
        max: Math.min(1, v + initialSpread),
      };
    }
  }
  const parameters: Record<string, Distribution> = {};
  if (parameterFraction > 0) {
    for (const p of model.parameters) {
      const v = base.parameters?.[p.id] ?? p.value;
      const d = Math.abs(v) * parameterFraction;
      parameters[p.id] = { kind: 'uniform', min: Math.max(p.min, v - d), max: Math.min(p.max, v + d) };
    }
  }
  return { parameters, initial };
}
