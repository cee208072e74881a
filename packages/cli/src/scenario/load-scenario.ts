import { parseScenario, validateScenario, type Model, type ScenarioValidation } from '@samenspel/core';

/** The scenario fields that `run` flags override, each with the flag (without `--`) that sets it. */
export const OVERRIDE_FLAGS = { method: 'method', dt: 'dt', horizonMonths: 'horizon' } as const;

/** A scenario field that a flag can override. */
export type OverridableField = keyof typeof OVERRIDE_FLAGS;

/** Flag values that replace scenario fields, as typed on the command line. */
export type ScenarioOverrides = Partial<Record<OverridableField, string>>;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Names the JSON type of a document that is not an object, for the message. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** A flag value as JSON would have it: a number when it reads as one, else the text (for the message). */
function flagToJson(field: OverridableField, text: string): unknown {
  if (field === 'method') return text;
  const n = Number(text);
  return text.trim() === '' || Number.isNaN(n) ? text : n;
}

/**
 * Parses scenario JSON text, applies the flag overrides to it, and validates the result against the
 * model with `validateScenario`, which returns every problem. Malformed JSON is reported by
 * `parseScenario` as an `invalid_json` diagnostic, a document that is not a JSON object as one
 * `invalid_type` diagnostic. A problem with an overridden field says which
 * flag set it, e.g. `dt must be greater than 0, got 0 (from --dt)`.
 */
export function loadScenario(
  model: Model,
  text: string,
  overrides: ScenarioOverrides = {},
): ScenarioValidation {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return parseScenario(model, json);
  }
  // validateScenario accepts an empty array as a scenario, so the document's type is checked here.
  if (!isRecord(data)) {
    return {
      ok: false,
      diagnostics: [
        {
          code: 'invalid_type',
          path: '',
          severity: 'error',
          message: `a scenario must be a JSON object ({ ... }), got ${jsonType(data)}`,
        },
      ],
    };
  }
  const fields = (Object.keys(overrides) as OverridableField[]).filter((f) => overrides[f] !== undefined);
  if (fields.length > 0) {
    data = { ...data, ...Object.fromEntries(fields.map((f) => [f, flagToJson(f, overrides[f] ?? '')])) };
  }
  const validation = validateScenario(model, data);
  if (validation.ok) return validation;
  return {
    ok: false,
    diagnostics: validation.diagnostics.map((d) =>
      (fields as string[]).includes(d.path)
        ? { ...d, message: `${d.message} (from --${OVERRIDE_FLAGS[d.path as OverridableField]})` }
        : d,
    ),
  };
}
