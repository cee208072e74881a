import type { Diagnostic, DiagnosticCode } from './diagnostic.js';

/**
 * The catalogue of diagnostic messages. Every message the engine shows comes from here, so wording
 * stays consistent and translatable.
 */
export const messages = {
  invalid_type: (expected: string, received: string) => `expected ${expected}, got ${received}`,
  invalid_value: (reason: string) => reason,
  out_of_range: (value: number, min: number, max: number) =>
    `value ${String(value)} is outside the allowed range [${String(min)}, ${String(max)}]`,
  unknown_field: (known: readonly string[]) => `unknown field; known fields are ${known.join(', ')}`,
  unknown_factor: (id: string) => `unknown factor id '${id}'`,
  unknown_input: (id: string, known: readonly string[]) =>
    `unknown input id '${id}'; inputs are ${known.join(', ')}`,
  unknown_lever: (id: string) => `unknown lever id '${id}'`,
  unknown_parameter: (id: string) =>
    `unknown parameter id '${id}'; use a global parameter id, '<factorId>.growthRate|erosion|halfSaturation|steepness' or '<linkId>.weight|delay'`,
  unknown_link: (id: string) => `unknown link id '${id}'`,
  unknown_mechanism: (id: string) => `unknown mechanism id '${id}'`,
  unknown_method: (value: string) => `unknown method '${value}'; use 'rk4' or 'euler'`,
  duplicate_id: (id: string) => `duplicate id '${id}'`,
  not_positive: (value: number) => `must be greater than 0, got ${String(value)}`,
  exogenous_target: (id: string) =>
    `link target '${id}' is exogenous; links can only point at endogenous factors`,
  invalid_series: (reason: string) => reason,
  invalid_interval: (start: number, end: number) =>
    `endMonth (${String(end)}) must be later than startMonth (${String(start)})`,
  invalid_json: (reason: string) => `not valid JSON: ${reason}`,
  unsupported_version: (found: unknown) =>
    `unsupported schemaVersion ${JSON.stringify(found)}; this engine reads version 1`,
} as const satisfies Record<DiagnosticCode, (...args: never[]) => string>;

/** Builds an error diagnostic. */
export function error(code: DiagnosticCode, path: string, message: string): Diagnostic {
  return { code, path, message, severity: 'error' };
}

/** Builds a warning diagnostic. */
export function warning(code: DiagnosticCode, path: string, message: string): Diagnostic {
  return { code, path, message, severity: 'warning' };
}
