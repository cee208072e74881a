import type * as v from 'valibot';
import type { Diagnostic, DiagnosticParams } from './diagnostic.js';
import { error, valueParam } from './messages.js';

type AnyIssue = v.BaseIssue<unknown>;

/** Turns a valibot issue path into a dotted field path such as `links[3].to` or `initial.trust`. */
export function issuePath(issue: AnyIssue): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${String(key)}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Describes a received value for a message: its JSON type and, when short, the value itself. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length <= 40 ? `the string ${JSON.stringify(value)}` : 'a string';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (value === undefined) return 'nothing';
  return `an ${typeof value}`;
}

/** The kind of a received value, as named in {@link DiagnosticParams.received}. */
export function kindOfValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

/** The kind of value a valibot schema type expects, as named in {@link DiagnosticParams.expected}. */
function kindOfSchema(type: string): string {
  switch (type) {
    case 'array':
    case 'tuple':
      return 'list';
    case 'object':
    case 'strict_object':
    case 'loose_object':
    case 'record':
      return 'object';
    case 'picklist':
    case 'literal':
    case 'enum':
      return 'choice';
    default:
      return type;
  }
}

/** Params of a value of the wrong type: the kinds expected, the kind received and the value when short. */
function typeParams(expected: readonly string[], input: unknown): DiagnosticParams {
  return { expected: [...new Set(expected)], received: kindOfValue(input), ...valueParam(input) };
}

/** The kinds a union accepts, from the schema issues of its branches. */
function unionKinds(issue: AnyIssue): string[] {
  return (issue.issues ?? []).filter((i) => i.kind === 'schema').map((i) => kindOfSchema(i.type));
}

/** The limit of a min/max/gt issue, when it is a number. */
const limit = (issue: AnyIssue): number | undefined =>
  'requirement' in issue && typeof issue.requirement === 'number' ? issue.requirement : undefined;

/** Params of a value outside its range: the value and the one limit it broke. */
function rangeParams(issue: AnyIssue): DiagnosticParams {
  const bound = limit(issue);
  const value = valueParam(issue.input);
  if (bound === undefined) return value;
  return issue.type === 'max_value' ? { ...value, max: bound } : { ...value, min: bound };
}

/**
 * Converts the issues of a failed valibot parse into diagnostics, one per problem. Nested issues of
 * unions are flattened so the message names the innermost field that is wrong. Each diagnostic
 * carries params (the value, the limit, the kinds expected and received) beside its message.
 */
export function diagnosticsFromIssues(issues: readonly AnyIssue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issuePath(issue);
    if (issue.type === 'union' && issue.issues !== undefined) {
      // Keep the branch issues that go deeper than "wrong type here"; otherwise the union's own
      // message. Branch issues may carry no path of their own: they then belong to the union's field.
      const deeper = issue.issues.filter((i) => i.kind === 'validation' || issuePath(i).length > path.length);
      if (deeper.length > 0) {
        out.push(...diagnosticsFromIssues(deeper).map((d) => (d.path === '' ? { ...d, path } : d)));
      } else
        out.push(
          error(
            'invalid_type',
            path,
            `${issue.message} (got ${describe(issue.input)})`,
            typeParams(unionKinds(issue), issue.input),
          ),
        );
    } else if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
      const key = String(issue.path?.at(-1)?.key);
      out.push(error('unknown_field', path, `unknown field '${key}'`, { id: key }));
    } else if (issue.kind === 'schema' && issue.input === undefined) {
      // A required field that is absent (valibot reports it on the object, with the key in the path).
      out.push(
        error('invalid_type', path, `${issue.message} (got ${describe(issue.input)})`, {
          received: 'missing',
        }),
      );
    } else if (issue.kind === 'schema') {
      out.push(
        error(
          'invalid_type',
          path,
          `${issue.message} (got ${describe(issue.input)})`,
          typeParams([kindOfSchema(issue.type)], issue.input),
        ),
      );
    } else if (issue.type === 'gt_value' && limit(issue) === 0) {
      out.push(error('not_positive', path, issue.message, valueParam(issue.input)));
    } else if (issue.type === 'min_value' || issue.type === 'max_value' || issue.type === 'gt_value') {
      out.push(error('out_of_range', path, issue.message, rangeParams(issue)));
    } else if (issue.type === 'finite') {
      out.push(error('invalid_value', path, issue.message, { detail: 'not_finite' }));
    } else if (issue.type === 'min_length' && limit(issue) === 1) {
      out.push(error('invalid_value', path, issue.message, { detail: 'empty_list' }));
    } else {
      out.push(error('invalid_value', path, issue.message));
    }
  }
  return dedupe(out);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.path}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
