import * as v from 'valibot';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsFromIssues } from '../diagnostics/from-issues.js';
import { diagnose, error, messages } from '../diagnostics/messages.js';
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
  if (!isObject(input)) {
    // No params here: the command line's tests compare this diagnostic whole. The explorer words
    // a document-level invalid_type as "a scenario must be a JSON object".
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : `a ${typeof input}`;
    return {
      ok: false,
      diagnostics: [error('invalid_type', '', `a scenario must be a JSON object ({ ... }), got ${got}`)],
    };
  }
  const parsed = v.safeParse(scenarioSchema, input);
  // Id checks run on the raw input too, so shape and id problems are reported together and keys a
  // schema would drop (such as "__proto__") are still named.
  const idProblems = crossCheck(model, input);
  if (!parsed.success) {
    const shape = diagnosticsFromIssues(parsed.issues).map((d) =>
      d.path === 'method'
        ? { ...d, code: 'unknown_method' as const, params: { ...d.params, known: [...METHODS] } }
        : d,
    );
    const seen = new Set(shape.map((d) => `${d.path}|${d.code}`));
    return {
      ok: false,
      diagnostics: [...shape, ...idProblems.filter((d) => !seen.has(`${d.path}|${d.code}`))],
    };
  }
  return idProblems.length === 0
    ? { ok: true, scenario: parsed.output as Scenario, diagnostics: [] }
    : { ok: false, diagnostics: idProblems };
}

type Loose = Record<string, unknown>;

/** The integration methods a scenario may name. */
const METHODS = ['rk4', 'euler'] as const;

/** Most integration steps a run may take. */
const MAX_STEPS = 1_000_000;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function crossCheck(model: Model, input: unknown): Diagnostic[] {
  if (!isObject(input)) return [];
  const out: Diagnostic[] = [];
  const factorById = new Map(model.factors.map((f) => [f.id, f]));
  const inputIds = [
    ...model.factors.filter((f) => f.exogenous).map((f) => f.id),
    ...model.inputs.map((i) => i.id),
  ];

  if (isObject(input.initial)) {
    for (const id of Object.keys(input.initial)) {
      const f = factorById.get(id);
      if (f === undefined) out.push(diagnose.unknown_factor(`initial.${id}`, id));
      else if (f.exogenous)
        out.push(
          error(
            'invalid_value',
            `initial.${id}`,
            `'${id}' is exogenous: set it under "inputs", not "initial"`,
            {
              id,
              detail: 'exogenous_in_initial',
            },
          ),
        );
    }
  }
  if (isObject(input.inputs)) {
    for (const [id, setting] of Object.entries(input.inputs)) {
      if (!inputIds.includes(id)) {
        out.push(
          factorById.has(id)
            ? error(
                'invalid_value',
                `inputs.${id}`,
                `'${id}' is an endogenous factor: set its starting level under "initial"`,
                { id, detail: 'endogenous_in_inputs' },
              )
            : diagnose.unknown_input(`inputs.${id}`, id, inputIds),
        );
        continue;
      }
      if (Array.isArray(setting)) {
        for (let i = 1; i < setting.length; i++) {
          const prev: unknown = setting[i - 1];
          const cur: unknown = setting[i];
          if (
            isObject(prev) &&
            isObject(cur) &&
            finite(prev.month) &&
            finite(cur.month) &&
            cur.month <= prev.month
          ) {
            out.push(
              error(
                'invalid_series',
                `inputs.${id}[${String(i)}].month`,
                messages.invalid_series(
                  `months must increase: ${String(cur.month)} follows ${String(prev.month)}`,
                ),
                { value: cur.month, previous: prev.month },
              ),
            );
          }
        }
      }
    }
  }
  if (isObject(input.parameters)) {
    const params = parameterMap(model);
    for (const [id, value] of Object.entries(input.parameters)) {
      const info = params.get(id);
      if (info === undefined) out.push(diagnose.unknown_parameter(`parameters.${id}`, id));
      else if (finite(value) && (value < info.min || value > info.max)) {
        out.push(diagnose.out_of_range(`parameters.${id}`, value, info.min, info.max));
      }
    }
  }
  const horizonValid =
    input.horizonMonths === undefined || (finite(input.horizonMonths) && input.horizonMonths > 0);
  const horizon =
    finite(input.horizonMonths) && input.horizonMonths > 0
      ? input.horizonMonths
      : SCENARIO_DEFAULTS.horizonMonths;
  if (Array.isArray(input.interventions)) {
    const leverList = model.levers.map((l) => l.id);
    const leverIds = new Set(leverList);
    input.interventions.forEach((iv: unknown, i) => {
      if (!isObject(iv)) return;
      if (typeof iv.lever === 'string' && !leverIds.has(iv.lever)) {
        out.push(diagnose.unknown_lever(`interventions[${String(i)}].lever`, iv.lever, leverList));
      }
      const start = finite(iv.startMonth) ? iv.startMonth : 0;
      const end = finite(iv.endMonth) ? iv.endMonth : horizon;
      if (horizonValid && end <= start)
        out.push(diagnose.invalid_interval(`interventions[${String(i)}].endMonth`, start, end));
    });
  }
  const dt = finite(input.dt) ? input.dt : SCENARIO_DEFAULTS.dt;
  if (dt > 0 && horizonValid) {
    const steps = horizon / dt;
    if (Math.abs(steps - Math.round(steps)) > 1e-6 * Math.max(1, steps)) {
      out.push(
        error(
          'invalid_value',
          'dt',
          `dt ${String(dt)} does not divide horizonMonths ${String(horizon)} into whole steps`,
          { value: dt, horizon, detail: 'dt_not_dividing' },
        ),
      );
    } else if (Math.round(steps) > MAX_STEPS) {
      out.push(
        error(
          'out_of_range',
          'dt',
          `dt ${String(dt)} gives ${String(Math.round(steps))} steps; at most 1,000,000 are allowed`,
          { value: dt, steps: Math.round(steps), max: MAX_STEPS, detail: 'too_many_steps' },
        ),
      );
    }
  }
  return out;
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
      diagnostics: [diagnose.invalid_json(e instanceof Error ? e.message : String(e))],
    };
  }
  return validateScenario(model, data);
}
