/**
 * An expected problem with a model or a scenario, returned as a value (never thrown).
 */
export interface Diagnostic {
  /** Stable snake_case code, e.g. `unknown_factor`. */
  readonly code: DiagnosticCode;
  /** Human-readable message that names the field and the reason. */
  readonly message: string;
  /** Path of the offending field, e.g. `initial.trust` or `links[3].to`; empty for the whole document. */
  readonly path: string;
  /** `error` stops a run; `warning` does not. */
  readonly severity: 'error' | 'warning';
  /**
   * The facts behind the message, for showing it in another language: the offending value, the
   * limits, the id and the ids that are known, and so on. Absent when there is nothing to add.
   */
  readonly params?: DiagnosticParams;
}

/**
 * Structured details of a diagnostic. Which fields are set depends on the code; every field is
 * optional, so a reader falls back to a general sentence for the code when one it needs is missing.
 */
export interface DiagnosticParams {
  /** The offending value (a number, a short string, a boolean or null). */
  readonly value?: number | string | boolean | null;
  /** Lowest allowed value (inclusive). */
  readonly min?: number;
  /** Highest allowed value (inclusive). */
  readonly max?: number;
  /** The id that is unknown, duplicated or misplaced. */
  readonly id?: string;
  /** The ids or values that would have been accepted. */
  readonly known?: readonly string[];
  /** Kinds of value expected: `number`, `string`, `boolean`, `object`, `list`, `choice`, `null`. */
  readonly expected?: readonly string[];
  /** Kind of value received: as {@link DiagnosticParams.expected}, or `missing` when absent. */
  readonly received?: string;
  /** The value before the offending one (a series' previous month). */
  readonly previous?: number;
  /** Start of an interval (months). */
  readonly start?: number;
  /** End of an interval (months). */
  readonly end?: number;
  /** Length of the run (months) a value was checked against. */
  readonly horizon?: number;
  /** Number of integration steps. */
  readonly steps?: number;
  /** A reason given by another component (such as the JSON parser), in English. */
  readonly reason?: string;
  /**
   * Which rule of a broad code was broken, e.g. `not_finite`, `empty_list`, `dt_not_dividing`,
   * `exogenous_in_initial`, `endogenous_in_inputs`, `too_many_steps`.
   */
  readonly detail?: string;
}

/** Every diagnostic code the engine produces, as a list (for checking that each has a text). */
export const DIAGNOSTIC_CODES = [
  'invalid_type',
  'invalid_value',
  'out_of_range',
  'unknown_field',
  'unknown_factor',
  'unknown_input',
  'unknown_lever',
  'unknown_parameter',
  'unknown_link',
  'unknown_mechanism',
  'unknown_method',
  'duplicate_id',
  'not_positive',
  'exogenous_target',
  'invalid_series',
  'invalid_interval',
  'invalid_json',
  'unsupported_version',
] as const;

/** Every diagnostic code the engine produces. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** True when the list holds at least one error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Formats diagnostics one per line as `path: message` for terminals and logs. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${d.severity}: ${d.path === '' ? '(document)' : d.path}: ${d.message}`)
    .join('\n');
}
