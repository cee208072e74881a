import type { Diagnostic, DiagnosticCode, DiagnosticParams } from './diagnostic.js';

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

/** Builds a diagnostic of a severity; `params` (the facts behind the message) are kept when given. */
function diagnostic(
  severity: Diagnostic['severity'],
  code: DiagnosticCode,
  path: string,
  message: string,
  params?: DiagnosticParams,
): Diagnostic {
  return params === undefined ? { code, path, message, severity } : { code, path, message, severity, params };
}

/** Builds an error diagnostic; `params` (the facts behind the message) are kept when given. */
export function error(
  code: DiagnosticCode,
  path: string,
  message: string,
  params?: DiagnosticParams,
): Diagnostic {
  return diagnostic('error', code, path, message, params);
}

/** Builds a warning diagnostic; `params` (the facts behind the message) are kept when given. */
export function warning(
  code: DiagnosticCode,
  path: string,
  message: string,
  params?: DiagnosticParams,
): Diagnostic {
  return diagnostic('warning', code, path, message, params);
}

/**
 * Diagnostics straight from the catalogue: the English message of {@link messages} and the same
 * facts as params, so the two never disagree.
 */
export const diagnose = {
  out_of_range: (path: string, value: number, min: number, max: number) =>
    error('out_of_range', path, messages.out_of_range(value, min, max), { value, min, max }),
  unknown_factor: (path: string, id: string) =>
    error('unknown_factor', path, messages.unknown_factor(id), { id }),
  unknown_input: (path: string, id: string, known: readonly string[]) =>
    error('unknown_input', path, messages.unknown_input(id, known), { id, known }),
  unknown_lever: (path: string, id: string, known?: readonly string[]) =>
    error('unknown_lever', path, messages.unknown_lever(id), known === undefined ? { id } : { id, known }),
  unknown_parameter: (path: string, id: string) =>
    error('unknown_parameter', path, messages.unknown_parameter(id), { id }),
  unknown_link: (path: string, id: string) => error('unknown_link', path, messages.unknown_link(id), { id }),
  unknown_mechanism: (path: string, id: string) =>
    error('unknown_mechanism', path, messages.unknown_mechanism(id), { id }),
  duplicate_id: (path: string, id: string) => error('duplicate_id', path, messages.duplicate_id(id), { id }),
  exogenous_target: (path: string, id: string) =>
    error('exogenous_target', path, messages.exogenous_target(id), { id }),
  invalid_interval: (path: string, start: number, end: number) =>
    error('invalid_interval', path, messages.invalid_interval(start, end), { start, end }),
  invalid_json: (reason: string) => error('invalid_json', '', messages.invalid_json(reason), { reason }),
  unsupported_version: (path: string, found: unknown) =>
    error('unsupported_version', path, messages.unsupported_version(found), {
      ...valueParam(found),
      known: ['1'],
    }),
} as const;

/**
 * `{ value }` when the value is short enough to repeat in a message (a number, a boolean, null or
 * a string of up to 40 characters); otherwise nothing.
 */
export function valueParam(value: unknown): Pick<DiagnosticParams, 'value'> {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return { value };
  if (typeof value === 'string' && value.length <= 40) return { value };
  return {};
}
