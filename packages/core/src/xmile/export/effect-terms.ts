import type { Effect, Model } from '../../model/model-types.js';
import type { Scenario } from '../../scenario/scenario-types.js';
import { xmileNumber as lit } from './xmile-number.js';

/** Terms that levers and global parameters add to one target, as XMILE expressions. */
export interface EffectTerms {
  /** Factors `MAX(0, 1 + size·v)` multiplying a link weight or a growth rate. */
  readonly factors: Map<string, string[]>;
  /** Parameter terms `v·size` added to an erosion rate (before the engine's `max(0, ·)`). */
  readonly erosionParams: Map<string, string[]>;
  /** Lever terms `size·v` added one by one to an erosion rate, each followed by `max(0, ·)`. */
  readonly erosionLevers: Map<string, string[]>;
  /** Terms added to a factor's drive. */
  readonly inflow: Map<string, string[]>;
}

/**
 * The terms that global parameters and the scenario's interventions add, per target id (factor or
 * link), in the engine's order: parameters first (model order), then interventions (scenario
 * order), each lever's effects in the lever's order.
 */
export function effectTerms(
  model: Model,
  scenario: Scenario,
  parameterNames: ReadonlyMap<string, string>,
  interventionNames: readonly string[],
  targetOf: (e: Effect) => string,
): EffectTerms {
  const terms: EffectTerms = {
    factors: new Map(),
    erosionParams: new Map(),
    erosionLevers: new Map(),
    inflow: new Map(),
  };
  const add = (map: Map<string, string[]>, key: string, term: string): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [term]);
    else list.push(term);
  };
  for (const p of model.parameters) {
    const v = parameterNames.get(p.id) ?? p.id;
    for (const e of p.effects) {
      const target = targetOf(e);
      const term = `${v} * ${lit(e.size)}`;
      if (e.target === 'weight' || e.target === 'growthRate')
        add(terms.factors, `${e.target}:${target}`, `MAX(0, 1 + ${term})`);
      else if (e.target === 'erosion') add(terms.erosionParams, target, term);
      else add(terms.inflow, target, term);
    }
  }
  (scenario.interventions ?? []).forEach((iv, k) => {
    const lever = model.levers.find((l) => l.id === iv.lever);
    const v = interventionNames[k] ?? iv.lever;
    for (const e of lever?.effects ?? []) {
      const target = targetOf(e);
      const term = `${lit(e.size)} * ${v}`;
      if (e.target === 'weight' || e.target === 'growthRate')
        add(terms.factors, `${e.target}:${target}`, `MAX(0, 1 + ${term})`);
      else if (e.target === 'erosion') add(terms.erosionLevers, target, term);
      else add(terms.inflow, target, term);
    }
  });
  return terms;
}
