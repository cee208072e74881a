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
}

/** Every diagnostic code the engine produces. */
export type DiagnosticCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'out_of_range'
  | 'unknown_field'
  | 'unknown_factor'
  | 'unknown_input'
  | 'unknown_lever'
  | 'unknown_parameter'
  | 'unknown_link'
  | 'unknown_mechanism'
  | 'unknown_method'
  | 'duplicate_id'
  | 'not_positive'
  | 'exogenous_target'
  | 'invalid_series'
  | 'invalid_interval'
  | 'invalid_json'
  | 'unsupported_version';

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
