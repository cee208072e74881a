import type { Model } from '../model/model-types.js';
import type { SimulationResult } from '../simulate/result-types.js';

/**
 * The number a sweep records for each run:
 * - `final`: the value of a factor or input at the end of the run (0–1);
 * - `pattern`: 1 when the run shows the pattern (`summary[pattern]` is true), else 0;
 * - `meanFinal`: the mean of several variables' values at the end of the run (0–1).
 */
export type Outcome =
  | { readonly kind: 'final'; readonly variable: string }
  | { readonly kind: 'pattern'; readonly pattern: string }
  | { readonly kind: 'meanFinal'; readonly variables: readonly string[] };

/** The value of `outcome` for one run (see {@link Outcome}). */
export function measureOutcome(result: SimulationResult, outcome: Outcome): number {
  const { summary } = result;
  switch (outcome.kind) {
    case 'final':
      return summary.final[outcome.variable] ?? Number.NaN;
    case 'pattern':
      return summary[outcome.pattern] === true ? 1 : 0;
    case 'meanFinal': {
      let sum = 0;
      for (const id of outcome.variables) sum += summary.final[id] ?? Number.NaN;
      return sum / outcome.variables.length;
    }
  }
}

/**
 * Checks that an outcome names things the model has.
 *
 * @throws Error on an unknown variable or pattern, or an empty `meanFinal` list (API misuse)
 */
export function checkOutcome(model: Model, outcome: Outcome): void {
  switch (outcome.kind) {
    case 'final':
      checkVariable(model, outcome.variable);
      return;
    case 'pattern':
      checkPattern(model, outcome.pattern);
      return;
    case 'meanFinal':
      if (outcome.variables.length === 0) throw new Error('a meanFinal outcome needs at least one variable');
      for (const id of outcome.variables) checkVariable(model, id);
      return;
  }
}

/**
 * Checks that the model has a pattern with this id.
 *
 * @throws Error when it has not
 */
export function checkPattern(model: Model, id: string): void {
  if (!model.patterns.some((p) => p.id === id)) {
    const known = model.patterns.map((p) => p.id).join(', ') || '(none)';
    throw new Error(`unknown pattern '${id}'; the model's patterns are ${known}`);
  }
}

function checkVariable(model: Model, id: string): void {
  if (!model.factors.some((f) => f.id === id) && !model.inputs.some((i) => i.id === id)) {
    throw new Error(`unknown variable '${id}'; use a factor or input id of the model`);
  }
}
