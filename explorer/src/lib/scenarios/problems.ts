import type { DiagnosticCode, DiagnosticParams } from '@samenspel/core';

/** Why a share link could not be read before its scenario was validated. */
export const SHARE_LINK_PROBLEM_CODES = [
  'link_empty',
  'link_too_long',
  'link_undecodable',
  'link_too_large',
  'link_version',
] as const;

/** A share-link problem code (the link itself, not its scenario). */
export type ShareLinkProblemCode = (typeof SHARE_LINK_PROBLEM_CODES)[number];

/** Why a scenario file could not be read before its text was parsed. */
export const FILE_PROBLEM_CODES = ['file_too_large', 'file_unreadable'] as const;

/** A file problem code (the file itself, not its scenario). */
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

/** Every code a refused scenario file, share link or saved scenario can show. */
export type ProblemCode = DiagnosticCode | ShareLinkProblemCode | FileProblemCode;

/**
 * One problem as the explorer shows it: a core `Diagnostic`, or a problem of the link or
 * file itself. The `message` is the English text for logs; the interface words it from `code` and
 * `params` in the chosen language.
 */
export interface Problem {
  /** Stable code; the message key is `scenarios.problem.<code>` (plus a variant). */
  readonly code: ProblemCode;
  /** Path of the offending field, shown as it is; empty for the whole file or link. */
  readonly path: string;
  /** English message (for logs and tests of the engine). */
  readonly message: string;
  /** The facts behind the message. */
  readonly params?: DiagnosticParams;
}

/** Where the problems come from; it names the whole thing when a problem has no field path. */
export type ProblemSource = 'file' | 'link' | 'scenario';

/** The message key and values of one problem. */
export interface ProblemText {
  /** svelte-i18n key, `scenarios.problem.<code>` or `scenarios.problem.<code>.<variant>`. */
  readonly key: string;
  /** Values for the placeholders, all plain text (Svelte renders the result as text). */
  readonly values: Readonly<Record<string, string>>;
}

/** What {@link problemText} needs from the interface language. */
export interface ProblemFormat {
  /** Formats a number the way the interface language writes it (decimal comma in Dutch). */
  readonly number: (n: number) => string;
  /** Translates a message key (used for kinds of value and the name of the whole file or link). */
  readonly t: (key: string) => string;
}

/** Kinds of value that have a text (`scenarios.kind.<kind>`); others are shown as they are. */
export const VALUE_KINDS = [
  'number',
  'string',
  'boolean',
  'object',
  'list',
  'choice',
  'null',
  'missing',
] as const;

const quoted = (s: string): string => `‘${s}’`;

function kindText(kind: string, f: ProblemFormat): string {
  return (VALUE_KINDS as readonly string[]).includes(kind) ? f.t(`scenarios.kind.${kind}`) : kind;
}

function valueText(value: DiagnosticParams['value'], f: ProblemFormat): string {
  if (typeof value === 'number') return f.number(value);
  if (typeof value === 'string') return quoted(value);
  return String(value);
}

/** Every param as text, plus `field` (the path, or the name of the whole file, link or scenario). */
function values(problem: Problem, source: ProblemSource, f: ProblemFormat): Record<string, string> {
  const p = problem.params ?? {};
  const out: Record<string, string> = {
    field: problem.path === '' ? f.t(`scenarios.whole.${source}`) : quoted(problem.path),
  };
  for (const name of ['min', 'max', 'previous', 'start', 'end', 'horizon', 'steps'] as const) {
    const n = p[name];
    if (n !== undefined) out[name] = f.number(n);
  }
  if (p.value !== undefined) out.value = valueText(p.value, f);
  if (p.id !== undefined) out.id = p.id;
  if (p.reason !== undefined) out.reason = p.reason;
  if (p.known !== undefined) {
    out.known = p.known.map(quoted).join(', ');
    out.supported = p.known.join(', ');
  }
  if (p.expected !== undefined && p.expected.length > 0)
    out.expected = p.expected.map((k) => kindText(k, f)).join(f.t('scenarios.kind.or'));
  if (p.received !== undefined) out.received = kindText(p.received, f);
  return out;
}

/** Details of `invalid_value` that have their own sentence, with the params each needs. */
const VALUE_DETAILS: Readonly<Record<string, readonly (keyof DiagnosticParams)[]>> = {
  not_finite: [],
  empty_list: [],
  exogenous_in_initial: ['id'],
  endogenous_in_inputs: ['id'],
  dt_not_dividing: ['value', 'horizon'],
};

/** Codes whose full sentence needs exactly these params (the general sentence otherwise). */
const FULL_NEEDS: Partial<Readonly<Record<ProblemCode, readonly (keyof DiagnosticParams)[]>>> = {
  unknown_field: ['id'],
  unknown_factor: ['id'],
  unknown_input: ['id'],
  unknown_lever: ['id'],
  unknown_parameter: ['id'],
  unknown_link: ['id'],
  unknown_mechanism: ['id'],
  unknown_method: ['value'],
  duplicate_id: ['id'],
  not_positive: ['value'],
  exogenous_target: ['id'],
  invalid_series: ['value', 'previous'],
  invalid_interval: ['start', 'end'],
  invalid_json: ['reason'],
  unsupported_version: ['value', 'known'],
  link_too_long: ['value', 'max'],
  link_version: ['value', 'known'],
  file_too_large: ['max'],
};

const has = (p: DiagnosticParams, names: readonly (keyof DiagnosticParams)[]): boolean =>
  names.every((n) => p[n] !== undefined);

/** The variant of a code's sentence that the problem's params allow; '' for the general one. */
function variant(problem: Problem): string {
  const p = problem.params ?? {};
  switch (problem.code) {
    case 'invalid_type':
      if (problem.params === undefined && problem.path === '') return 'document';
      if (p.received === 'missing') return 'missing';
      if (p.expected === undefined || p.received === undefined) return '';
      return p.value === undefined ? 'typed' : 'typedValue';
    case 'invalid_value': {
      const needs = p.detail === undefined ? undefined : VALUE_DETAILS[p.detail];
      return needs !== undefined && p.detail !== undefined && has(p, needs) ? p.detail : '';
    }
    case 'out_of_range':
      if (p.detail === 'too_many_steps') return has(p, ['value', 'steps', 'max']) ? 'steps' : '';
      if (has(p, ['value', 'min', 'max'])) return 'range';
      if (has(p, ['value', 'max'])) return 'above';
      if (has(p, ['value', 'min'])) return 'below';
      return '';
    case 'unknown_input':
    case 'unknown_lever':
      if (has(p, ['id', 'known'])) return 'known';
      return has(p, ['id']) ? 'full' : '';
    default: {
      const needs = FULL_NEEDS[problem.code];
      return needs !== undefined && has(p, needs) ? 'full' : '';
    }
  }
}

/**
 * The message key and values of a problem in the interface language: the sentence for its code
 * (the most specific one its params allow, or a general one naming the field) with the params
 * filled in, numbers in the language's own notation.
 */
export function problemText(problem: Problem, source: ProblemSource, f: ProblemFormat): ProblemText {
  const v = variant(problem);
  return {
    key: v === '' ? `scenarios.problem.${problem.code}` : `scenarios.problem.${problem.code}.${v}`,
    values: values(problem, source, f),
  };
}

/** A file problem (before its text is read), with an English message for logs. */
export function fileProblem(code: FileProblemCode, params?: DiagnosticParams): Problem {
  const message = code === 'file_too_large' ? 'the file is too large' : 'the file cannot be read';
  return params === undefined ? { code, path: '', message } : { code, path: '', message, params };
}
