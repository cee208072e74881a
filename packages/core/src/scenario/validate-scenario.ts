import * as v from 'valibot';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsFromIssues } from '../diagnostics/from-issues.js';
import { error, messages } from '../diagnostics/messages.js';
import type { Model } from '../model/model-types.js';
import { listParameters, type ParameterInfo } from './parameter-ids.js';
import { scenarioSchema } from './scenario-schema.js';
import { SCENARIO_DEFAULTS, type Scenario } from './scenario-types.js';

/** Result of validating a scenario against a model: the typed scenario when valid, and every problem. */
export type ScenarioValidation =
  | { readonly ok: true; readonly scenario: Scenario; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const parameterCache = new WeakMap<Model, ReadonlyMap<string, ParameterInfo>>();

function parameterMap(model: Model): ReadonlyMap<string, ParameterInfo> {
  let map = parameterCache.get(model);
  if (map === undefined) {
    map = new Map(listParameters(model).map((p) => [p.id, p]));
    parameterCache.set(model, map);
  }
  return map;
}

/**
 * Validates a scenario (parsed JSON or an object) against a model and returns every problem found,
 * each naming the field and the reason: wrong types, unknown factor, input, parameter or lever ids,
 * values outside [0, 1] or a parameter's range, a non-positive or non-dividing dt, an unknown
 * method, unsorted series, an intervention that ends before it starts.
 */
export function validateScenario(model: Model, input: unknown): ScenarioValidation {
  const parsed = v.safeParse(scenarioSchema, input);
  if (!parsed.success) return { ok: false, diagnostics: diagnosticsFromIssues(parsed.issues) };
  const scenario = parsed.output as Scenario;
  const out: Diagnostic[] = [];
  const factorById = new Map(model.factors.map((f) => [f.id, f]));
  const inputIds = [
    ...model.factors.filter((f) => f.exogenous).map((f) => f.id),
    ...model.inputs.map((i) => i.id),
  ];

  for (const id of Object.keys(scenario.initial ?? {})) {
    const f = factorById.get(id);
    if (f === undefined) out.push(error('unknown_factor', `initial.${id}`, messages.unknown_factor(id)));
    else if (f.exogenous)
      out.push(
        error('invalid_value', `initial.${id}`, `'${id}' is exogenous: set it under "inputs", not "initial"`),
      );
  }
  for (const [id, setting] of Object.entries(scenario.inputs ?? {})) {
    if (!inputIds.includes(id)) {
      out.push(
        error(
          factorById.has(id) ? 'invalid_value' : 'unknown_input',
          `inputs.${id}`,
          factorById.has(id)
            ? `'${id}' is an endogenous factor: set its starting level under "initial"`
            : messages.unknown_input(id, inputIds),
        ),
      );
      continue;
    }
    if (typeof setting !== 'number') {
      for (let i = 1; i < setting.length; i++) {
        const prev = setting[i - 1];
        const cur = setting[i];
        if (prev !== undefined && cur !== undefined && cur.month <= prev.month) {
          out.push(
            error(
              'invalid_series',
              `inputs.${id}[${String(i)}].month`,
              messages.invalid_series(
                `months must increase: ${String(cur.month)} follows ${String(prev.month)}`,
              ),
            ),
          );
        }
      }
    }
  }
  const params = parameterMap(model);
  for (const [id, value] of Object.entries(scenario.parameters ?? {})) {
    const info = params.get(id);
    if (info === undefined)
      out.push(error('unknown_parameter', `parameters.${id}`, messages.unknown_parameter(id)));
    else if (value < info.min || value > info.max)
      out.push(error('out_of_range', `parameters.${id}`, messages.out_of_range(value, info.min, info.max)));
  }
  const leverIds = new Set(model.levers.map((l) => l.id));
  const horizon = scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths;
  (scenario.interventions ?? []).forEach((iv, i) => {
    if (!leverIds.has(iv.lever))
      out.push(error('unknown_lever', `interventions[${String(i)}].lever`, messages.unknown_lever(iv.lever)));
    const start = iv.startMonth ?? 0;
    const end = iv.endMonth ?? horizon;
    if (end <= start)
      out.push(
        error(
          'invalid_interval',
          `interventions[${String(i)}].endMonth`,
          messages.invalid_interval(start, end),
        ),
      );
  });
  const dt = scenario.dt ?? SCENARIO_DEFAULTS.dt;
  const steps = horizon / dt;
  if (Math.abs(steps - Math.round(steps)) > 1e-6 * Math.max(1, steps)) {
    out.push(
      error(
        'invalid_value',
        'dt',
        `dt ${String(dt)} does not divide horizonMonths ${String(horizon)} into whole steps`,
      ),
    );
  } else if (Math.round(steps) > 1_000_000) {
    out.push(
      error(
        'out_of_range',
        'dt',
        `dt ${String(dt)} gives ${String(Math.round(steps))} steps; at most 1,000,000 are allowed`,
      ),
    );
  }
  return out.length === 0 ? { ok: true, scenario, diagnostics: [] } : { ok: false, diagnostics: out };
}

/**
 * Parses scenario JSON text and validates it; malformed JSON is reported as an `invalid_json`
 * diagnostic rather than thrown.
 */
export function parseScenario(model: Model, json: string): ScenarioValidation {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return {
      ok: false,
      diagnostics: [
        error('invalid_json', '', messages.invalid_json(e instanceof Error ? e.message : String(e))),
      ],
    };
  }
  return validateScenario(model, data);
}
