import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { error, messages } from '../diagnostics/messages.js';
import type { Model } from '../model/model-types.js';
import { listParameters } from '../scenario/parameter-ids.js';
import type { Scenario } from '../scenario/scenario-types.js';

/**
 * A quantity a calibration adjusts: a parameter (any id `listParameters` gives, e.g.
 * `memberTurnover` or `trust.erosion`), an initial level (`initial.<factorId>`) or a constant input
 * level (`inputs.<inputId>`, also an exogenous factor).
 */
export interface FitTarget {
  /** The id as given, e.g. `memberTurnover`, `initial.trust`, `inputs.externalContext`. */
  readonly id: string;
  /** Which part of the scenario it sets. */
  readonly kind: 'parameter' | 'initial' | 'input';
  /** The parameter, factor or input id inside that part. */
  readonly key: string;
  /** Smallest allowed value: the parameter's range, or 0 for levels. */
  readonly min: number;
  /** Largest allowed value: the parameter's range, or 1 for levels. */
  readonly max: number;
  /** Where the search starts: the scenario's value when it sets one, else the model's. */
  readonly start: number;
}

/** Result of {@link resolveFitTargets}: the targets, or every problem naming the id. */
export type FitTargetsResolution =
  | { readonly ok: true; readonly targets: readonly FitTarget[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Resolves the ids of the quantities to fit against a model and scenario. Problems (unknown ids,
 * duplicates, an empty list, an input the scenario sets as a series) are reported with the path
 * `fit[<index>]`.
 */
export function resolveFitTargets(
  model: Model,
  scenario: Scenario,
  ids: readonly string[],
): FitTargetsResolution {
  const params = new Map(listParameters(model).map((p) => [p.id, p]));
  const factors = new Map(model.factors.map((f) => [f.id, f]));
  const inputs = new Map(model.inputs.map((i) => [i.id, i]));
  const out: FitTarget[] = [];
  const problems: Diagnostic[] = [];
  if (ids.length === 0) problems.push(error('invalid_value', 'fit', 'name at least one quantity to fit'));
  const seen = new Set<string>();
  ids.forEach((id, k) => {
    const path = `fit[${String(k)}]`;
    if (seen.has(id)) {
      problems.push(error('duplicate_id', path, messages.duplicate_id(id)));
      return;
    }
    seen.add(id);
    const p = params.get(id);
    if (p !== undefined) {
      out.push({
        id,
        kind: 'parameter',
        key: id,
        min: p.min,
        max: p.max,
        start: scenario.parameters?.[id] ?? p.value,
      });
      return;
    }
    if (id.startsWith('initial.')) {
      const key = id.slice('initial.'.length);
      const f = factors.get(key);
      if (f === undefined || f.exogenous) {
        problems.push(
          error(
            f === undefined ? 'unknown_factor' : 'exogenous_target',
            path,
            f === undefined
              ? `${messages.unknown_factor(key)} in '${id}'`
              : `'${key}' is exogenous; fit it as 'inputs.${key}'`,
          ),
        );
        return;
      }
      out.push({ id, kind: 'initial', key, min: 0, max: 1, start: scenario.initial?.[key] ?? f.initial });
      return;
    }
    if (id.startsWith('inputs.')) {
      const key = id.slice('inputs.'.length);
      const f = factors.get(key);
      const i = inputs.get(key);
      const fallback = f?.exogenous === true ? f.initial : i?.default;
      if (fallback === undefined) {
        problems.push(
          error('unknown_input', path, `'${key}' in '${id}' is not an input or exogenous factor`),
        );
        return;
      }
      const setting = scenario.inputs?.[key];
      if (Array.isArray(setting)) {
        problems.push(
          error(
            'invalid_value',
            path,
            `the scenario sets '${key}' as a series; only a constant input can be fitted`,
          ),
        );
        return;
      }
      out.push({
        id,
        kind: 'input',
        key,
        min: 0,
        max: 1,
        start: typeof setting === 'number' ? setting : fallback,
      });
      return;
    }
    problems.push(
      error(
        'unknown_parameter',
        path,
        `cannot fit '${id}': use a parameter id (see listParameters), 'initial.<factorId>' or 'inputs.<inputId>'`,
      ),
    );
  });
  return problems.length > 0 ? { ok: false, diagnostics: problems } : { ok: true, targets: out };
}

/** The scenario with the targets set to `values` (same order); the original is not changed. */
export function applyFitTargets(
  scenario: Scenario,
  targets: readonly FitTarget[],
  values: readonly number[],
): Scenario {
  const parameters: Record<string, number> = { ...scenario.parameters };
  const initial: Record<string, number> = { ...scenario.initial };
  const inputs: Record<string, NonNullable<Scenario['inputs']>[string]> = { ...scenario.inputs };
  targets.forEach((t, k) => {
    const value = values[k] ?? t.start;
    if (t.kind === 'parameter') parameters[t.key] = value;
    else if (t.kind === 'initial') initial[t.key] = value;
    else inputs[t.key] = value;
  });
  return { ...scenario, parameters, initial, inputs };
}
