import type * as v from 'valibot';
import type { Diagnostic } from './diagnostic.js';
import { error } from './messages.js';

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

/**
 * Converts the issues of a failed valibot parse into diagnostics, one per problem. Nested issues of
 * unions are flattened so the message names the innermost field that is wrong.
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
      } else out.push(error('invalid_type', path, `${issue.message} (got ${describe(issue.input)})`));
    } else if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
      out.push(error('unknown_field', path, `unknown field '${String(issue.path?.at(-1)?.key)}'`));
    } else if (issue.kind === 'schema') {
      out.push(error('invalid_type', path, `${issue.message} (got ${describe(issue.input)})`));
    } else if (issue.type === 'gt_value' && issue.requirement === 0) {
      out.push(error('not_positive', path, issue.message));
    } else if (issue.type === 'min_value' || issue.type === 'max_value' || issue.type === 'gt_value') {
      out.push(error('out_of_range', path, issue.message));
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
