import type { LocalText, Model, Scenario } from '@samenspel/core';
import { SCENARIO_DEFAULTS } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';

/** The model the explorer shows. */
export const model: Model = icuNetworkModel;

/** Languages of the interface; Dutch first. */
export type Lang = 'nl' | 'en';

/** A model text in the chosen language. */
export function tr(text: LocalText, lang: Lang): string {
  return text[lang];
}

/** Ids of the endogenous factors, in model order. */
export const endogenousIds: readonly string[] = model.factors.filter((f) => !f.exogenous).map((f) => f.id);

/** Ids of the exogenous inputs a user sets (exogenous factors, then inputs). */
export const inputIds: readonly string[] = [
  ...model.factors.filter((f) => f.exogenous).map((f) => f.id),
  ...model.inputs.map((i) => i.id),
];

/** A factor or input by id. */
export function variable(id: string): { id: string; label: LocalText; definition: LocalText } | undefined {
  return model.factors.find((f) => f.id === id) ?? model.inputs.find((i) => i.id === id);
}

/**
 * The scenario the explorer starts from: the model's defaults written out in full, so every slider
 * has a value and an exported file says everything.
 */
export function defaultScenario(): Scenario {
  return {
    name: 'Mijn regio',
    horizonMonths: SCENARIO_DEFAULTS.horizonMonths,
    dt: SCENARIO_DEFAULTS.dt,
    method: SCENARIO_DEFAULTS.method,
    initial: Object.fromEntries(model.factors.filter((f) => !f.exogenous).map((f) => [f.id, f.initial])),
    inputs: {
      ...Object.fromEntries(model.factors.filter((f) => f.exogenous).map((f) => [f.id, f.initial])),
      ...Object.fromEntries(model.inputs.map((i) => [i.id, i.default])),
    },
    parameters: {},
    interventions: [],
  };
}
