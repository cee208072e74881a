import * as v from 'valibot';

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsFromIssues } from '../diagnostics/from-issues.js';
import { error, messages } from '../diagnostics/messages.js';
import type { Model } from '../model/model-types.js';
import { questionnaireSchema } from './questionnaire-schema.js';
import type { Questionnaire } from './questionnaire-types.js';

/** Fewest statements a factor may have, so that no factor hangs on a single item. */
export const MIN_STATEMENTS_PER_FACTOR = 2;

/** Result of validating a questionnaire against a model. */
export type QuestionnaireValidation =
  | { readonly ok: true; readonly questionnaire: Questionnaire; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Validates a questionnaire (parsed JSON or an object) against a model and returns every problem,
 * each naming the field: wrong shapes (via the valibot schema), statements pointing at unknown
 * factor ids, factors with statements but fewer than {@link MIN_STATEMENTS_PER_FACTOR}, duplicate
 * statement or group ids, group names (id or label, case-insensitive) shared by two groups, a
 * statement id equal to `group` (the CSV's first column), and no group with role `self`. Factors without any statement are allowed (they keep the model's defaults).
 */
export function validateQuestionnaire(model: Model, input: unknown): QuestionnaireValidation {
  if (!isObject(input)) {
    return {
      ok: false,
      diagnostics: [error('invalid_type', '', 'a questionnaire must be a JSON object ({ ... })')],
    };
  }
  const parsed = v.safeParse(questionnaireSchema, input);
  const shape = parsed.success ? [] : diagnosticsFromIssues(parsed.issues);
  const cross = crossCheck(model, input);
  const diagnostics = [...shape, ...cross];
  return parsed.success && diagnostics.length === 0
    ? { ok: true, questionnaire: parsed.output as Questionnaire, diagnostics: [] }
    : { ok: false, diagnostics };
}

function crossCheck(model: Model, input: Loose): Diagnostic[] {
  const out: Diagnostic[] = [];
  const factorIds = new Set(model.factors.map((f) => f.id));
  const perFactor = new Map<string, number[]>();
  const statements: unknown[] = Array.isArray(input.statements) ? input.statements : [];
  const seenStatements = new Map<string, number>();
  statements.forEach((s, i) => {
    if (!isObject(s)) return;
    const path = `statements[${String(i)}]`;
    if (typeof s.id === 'string') {
      const first = seenStatements.get(s.id);
      if (first !== undefined)
        out.push(
          error(
            'duplicate_id',
            `${path}.id`,
            `${messages.duplicate_id(s.id)}: statements[${String(first)}] has it too`,
          ),
        );
      else seenStatements.set(s.id, i);
      if (s.id === 'group')
        out.push(
          error('invalid_value', `${path}.id`, `'group' is the CSV's group column; choose another id`),
        );
    }
    if (typeof s.factor === 'string') {
      if (!factorIds.has(s.factor))
        out.push(error('unknown_factor', `${path}.factor`, messages.unknown_factor(s.factor)));
      else perFactor.set(s.factor, [...(perFactor.get(s.factor) ?? []), i]);
    }
  });
  for (const [factor, indices] of perFactor) {
    if (indices.length < MIN_STATEMENTS_PER_FACTOR) {
      out.push(
        error(
          'invalid_value',
          `statements[${String(indices[0] ?? 0)}].factor`,
          `factor '${factor}' has ${String(indices.length)} statement; it needs at least ${String(MIN_STATEMENTS_PER_FACTOR)} so it does not hang on one item`,
        ),
      );
    }
  }
  const groups: unknown[] = Array.isArray(input.groups) ? input.groups : [];
  const seenGroups = new Map<string, number>();
  groups.forEach((g, i) => {
    if (!isObject(g) || typeof g.id !== 'string') return;
    const first = seenGroups.get(g.id);
    if (first !== undefined)
      out.push(
        error(
          'duplicate_id',
          `groups[${String(i)}].id`,
          `${messages.duplicate_id(g.id)}: groups[${String(first)}] has it too`,
        ),
      );
    else seenGroups.set(g.id, i);
  });
  // CSV files may name a group by id or label (case-insensitive): each name must point at one group.
  const names = new Map<string, number>();
  groups.forEach((g, i) => {
    if (!isObject(g)) return;
    const label = isObject(g.label) ? g.label : {};
    const own = new Set(
      [g.id, label.nl, label.en]
        .filter((x): x is string => typeof x === 'string')
        .map((x) => x.trim().toLowerCase()),
    );
    for (const name of own) {
      const other = names.get(name);
      if (other !== undefined && other !== i)
        out.push(
          error(
            'duplicate_id',
            `groups[${String(i)}].label`,
            `group name '${name}' is also used by groups[${String(other)}]; a CSV group cell must point at one group`,
          ),
        );
      else names.set(name, i);
    }
  });
  if (groups.length > 0 && !groups.some((g) => isObject(g) && g.role === 'self')) {
    out.push(
      error('invalid_value', 'groups', 'no group has role "self": the network itself must be a group'),
    );
  }
  return out;
}
