import * as v from 'valibot';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsFromIssues, issuePath } from '../diagnostics/from-issues.js';
import { error, messages } from '../diagnostics/messages.js';
import type { Model } from '../model/model-types.js';

/** One observed value: a level in [0, 1], with an optional weight or spread. */
export interface ObservedValue {
  /** The observed level, 0 to 1. */
  readonly value: number;
  /** Weight of its squared residual (> 0). Default 1, or (0.1/spread)² when `spread` is given. */
  readonly weight?: number;
  /**
   * Standard deviation of the observation on the 0–1 scale (> 0); the weight becomes
   * ({@link REFERENCE_SPREAD}/spread)², so a value without weight or spread counts as one with spread 0.1.
   */
  readonly spread?: number;
}

/**
 * The spread (standard deviation, 0–1 scale) of an observation of weight 1: a tenth of the scale,
 * about the standard error of a questionnaire mean. An observation with spread s has weight (0.1/s)².
 */
export const REFERENCE_SPREAD = 0.1;

/** The weight of an observed value in the sum of squares: its weight, else (0.1/spread)², else 1. */
export function observationWeight(v: number | ObservedValue): number {
  if (typeof v === 'number') return 1;
  if (v.weight !== undefined) return v.weight;
  return v.spread === undefined ? 1 : (REFERENCE_SPREAD / v.spread) ** 2;
}

/** One assessment round: the month it was taken and the observed level of some factors. */
export interface ObservationRound {
  /** Optional name, e.g. `2025 spring`. Default `round <n>` (1-based). */
  readonly label?: string;
  /** Months since the start of the run (month 0 is the scenario's start). */
  readonly month: number;
  /** Factor id → a level in [0, 1], or `{ value, weight }` / `{ value, spread }`. */
  readonly values: Readonly<Record<string, number | ObservedValue>>;
}

/** The observations file: two or more assessment rounds (one round is allowed but identifies little). */
export interface Observations {
  /** The rounds, in any order. */
  readonly rounds: readonly ObservationRound[];
}

/** Result of {@link validateObservations}: the typed observations, or every problem with its field. */
export type ObservationsValidation =
  | { readonly ok: true; readonly observations: Observations; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const level = (what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.finite(`${what} must be a finite number`),
    v.minValue(0, (i) => `${what} ${String(i.input)} is below 0; levels run from 0 to 1`),
    v.maxValue(1, (i) => `${what} ${String(i.input)} is above 1; levels run from 0 to 1`),
  );

const positive = (what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.finite(`${what} must be a finite number`),
    v.gtValue(0, (i) => `${what} must be greater than 0, got ${String(i.input)}`),
  );

const observedValueSchema = v.union(
  [
    level('an observed value'),
    v.pipe(
      v.strictObject({
        value: level('value'),
        weight: v.optional(positive('weight')),
        spread: v.optional(positive('spread')),
      }),
      v.check((o) => o.weight === undefined || o.spread === undefined, 'give weight or spread, not both'),
    ),
  ],
  'an observed value is a number in [0, 1] or { "value": v, "weight": w } or { "value": v, "spread": s }',
);

/** Valibot schema of the observations file (shape only; factor ids are checked by {@link validateObservations}). */
export const observationsSchema = v.strictObject({
  rounds: v.pipe(
    v.array(
      v.strictObject({
        label: v.optional(v.string('label must be a string')),
        month: v.pipe(
          v.number('month must be a number'),
          v.finite('month must be a finite number'),
          v.minValue(
            0,
            (i) => `month ${String(i.input)} is negative; months count from the start of the run`,
          ),
        ),
        values: v.pipe(
          v.record(v.string(), observedValueSchema, 'values must be an object of factor id → level'),
          v.check((r) => Object.keys(r).length > 0, 'a round needs at least one observed value'),
        ),
      }),
      'rounds must be a list of { "month": m, "values": { … } }',
    ),
    v.minLength(1, 'rounds needs at least one round (two or more to calibrate well)'),
  ),
});

/** Why each required field of the observations file is needed, for the message when it is missing. */
const REQUIRED_FIELDS: Readonly<Record<string, string>> = {
  rounds: 'the file is { "rounds": [ { "month": m, "values": { … } }, … ] }',
  month: 'each round needs the month it was taken (months since the start of the run)',
  values: 'each round needs "values": { "<factorId>": level, … }',
};

type Issue = v.BaseIssue<unknown>;

const lastKey = (issue: Issue): string => {
  const key: unknown = issue.path?.at(-1)?.key;
  return typeof key === 'string' ? key : '';
};

/** Whether a valibot issue is a required object key that is absent. */
function isMissingField(issue: Issue): boolean {
  return (
    issue.kind === 'schema' &&
    (issue.type === 'strict_object' || issue.type === 'object') &&
    issue.input === undefined &&
    issue.expected === `"${lastKey(issue)}"`
  );
}

/**
 * Checks an observations document (parsed JSON) against a model and returns every problem, each
 * naming its field (`rounds[1].values.trust.spread`) and the reason: wrong types, levels outside
 * [0, 1], non-positive weights or spreads, both weight and spread, unknown fields, and ids that are
 * not endogenous factors of the model.
 */
export function validateObservations(model: Model, input: unknown): ObservationsValidation {
  const parsed = v.safeParse(observationsSchema, input);
  const idProblems: Diagnostic[] = [];
  const factors = new Map(model.factors.map((f) => [f.id, f]));
  const rounds = (input as { rounds?: unknown } | null)?.rounds;
  if (Array.isArray(rounds)) {
    rounds.forEach((round: unknown, r) => {
      const values = (round as { values?: unknown } | null)?.values;
      if (typeof values !== 'object' || values === null || Array.isArray(values)) return;
      for (const id of Object.keys(values)) {
        const path = `rounds[${String(r)}].values.${id}`;
        const f = factors.get(id);
        if (f === undefined) idProblems.push(error('unknown_factor', path, messages.unknown_factor(id)));
        else if (f.exogenous)
          idProblems.push(
            error(
              'exogenous_target',
              path,
              `'${id}' is exogenous: the scenario sets it, a calibration cannot observe it`,
            ),
          );
      }
    });
  }
  if (!parsed.success) {
    // A missing required field (`month`, `values`, `rounds`) gets its own message, not valibot's.
    const missing = parsed.issues.filter(isMissingField);
    const shape = [
      ...missing.map((i) =>
        error('invalid_value', issuePath(i), `missing field; ${REQUIRED_FIELDS[lastKey(i)] ?? 'required'}`),
      ),
      ...diagnosticsFromIssues(parsed.issues.filter((i) => !isMissingField(i))),
    ];
    return { ok: false, diagnostics: [...shape, ...idProblems] };
  }
  if (idProblems.length > 0) return { ok: false, diagnostics: idProblems };
  return { ok: true, observations: parsed.output as Observations, diagnostics: [] };
}

/**
 * Parses observations JSON text (a leading byte-order mark is ignored) and validates it; malformed
 * JSON becomes one `invalid_json` diagnostic.
 */
export function parseObservations(model: Model, text: string): ObservationsValidation {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    return {
      ok: false,
      diagnostics: [
        error('invalid_json', '', messages.invalid_json(e instanceof Error ? e.message : String(e))),
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      ok: false,
      diagnostics: [error('invalid_type', '', 'observations must be a JSON object { "rounds": [ … ] }')],
    };
  return validateObservations(model, data);
}
