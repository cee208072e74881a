import { describe, expect, it } from 'vitest';

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { twoFactorModel } from '../test-support/models.js';
import type { Questionnaire, QuestionnaireStatement } from './questionnaire-types.js';
import { validateQuestionnaire } from './validate-questionnaire.js';

const statement = (id: string, factor: string, reversed?: boolean): QuestionnaireStatement => ({
  id,
  factor,
  text: { nl: `Stelling ${id}`, en: `Statement ${id}` },
  ...(reversed === undefined ? {} : { reversed }),
});

const valid: Questionnaire = {
  schemaVersion: 1,
  id: 'test',
  scale: {
    points: 5,
    labels: { nl: ['1', '2', '3', '4', '5'], en: ['1', '2', '3', '4', '5'] },
    dontKnow: { nl: 'weet niet', en: "don't know" },
  },
  groups: [
    { id: 'me', role: 'self', label: { nl: 'Wij', en: 'Us' } },
    { id: 'them', role: 'partner', label: { nl: 'Zij', en: 'Them' } },
  ],
  statements: [statement('a1', 'a'), statement('a2', 'a', true), statement('b1', 'b'), statement('b2', 'b')],
};

function at(diagnostics: readonly Diagnostic[], path: string): Diagnostic {
  const hit = diagnostics.find((d) => d.path === path);
  if (hit === undefined)
    throw new Error(`no diagnostic at ${path}; got ${diagnostics.map((d) => d.path).join(', ')}`);
  return hit;
}

describe('validateQuestionnaire', () => {
  it('accepts a valid questionnaire without diagnostics', () => {
    const result = validateQuestionnaire(twoFactorModel, valid);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('names a statement that points at an unknown factor', () => {
    const q = {
      ...valid,
      statements: [...valid.statements, statement('x1', 'ghost'), statement('x2', 'ghost')],
    };
    const result = validateQuestionnaire(twoFactorModel, q);
    expect(result.ok).toBe(false);
    const d = at(result.diagnostics, 'statements[4].factor');
    expect(d.code).toBe('unknown_factor');
    expect(d.message).toContain("'ghost'");
    expect(at(result.diagnostics, 'statements[5].factor').code).toBe('unknown_factor');
  });

  it('refuses a factor that hangs on a single statement', () => {
    const q = { ...valid, statements: [statement('a1', 'a'), statement('a2', 'a'), statement('b1', 'b')] };
    const result = validateQuestionnaire(twoFactorModel, q);
    expect(result.ok).toBe(false);
    const d = at(result.diagnostics, 'statements[2].factor');
    expect(d.message).toContain("factor 'b' has 1 statement");
  });

  it('reports duplicate statement and group ids with the index of the first', () => {
    const q = {
      ...valid,
      groups: [...valid.groups, { id: 'me', role: 'partner', label: { nl: 'x', en: 'x' } }],
      statements: [...valid.statements, statement('a1', 'a')],
    };
    const result = validateQuestionnaire(twoFactorModel, q);
    expect(at(result.diagnostics, 'statements[4].id').message).toBe(
      "duplicate id 'a1': statements[0] has it too",
    );
    expect(at(result.diagnostics, 'groups[2].id').code).toBe('duplicate_id');
  });

  it('reports shape problems with their path: missing text, bad role, wrong number of scale labels', () => {
    const q = {
      ...valid,
      scale: { ...valid.scale, labels: { ...valid.scale.labels, en: ['only', 'four', 'labels', 'here'] } },
      groups: [{ id: 'me', role: 'boss', label: { nl: 'Wij', en: 'Us' } }, ...valid.groups.slice(1)],
      statements: [{ id: 'a1', factor: 'a', text: { nl: 'Stelling' } }, ...valid.statements.slice(1)],
    };
    const result = validateQuestionnaire(twoFactorModel, q);
    expect(result.ok).toBe(false);
    expect(at(result.diagnostics, 'scale.labels.en').message).toContain('exactly 5 labels');
    expect(at(result.diagnostics, 'groups[0].role').message).toContain('"self" or "partner"');
    expect(at(result.diagnostics, 'statements[0].text.en').code).toBe('invalid_type');
  });

  it('refuses ids that cannot be CSV column names, and the reserved id "group"', () => {
    const q = {
      ...valid,
      statements: [...valid.statements, statement('two words', 'a'), statement('group', 'b')],
    };
    const result = validateQuestionnaire(twoFactorModel, q);
    expect(at(result.diagnostics, 'statements[4].id').message).toContain('start with a letter');
    expect(at(result.diagnostics, 'statements[5].id').message).toContain("'group'");
  });

  it('refuses two groups that share a name, since CSV cells may use labels', () => {
    const q = {
      ...valid,
      groups: [...valid.groups, { id: 'others', role: 'partner', label: { nl: 'zij', en: 'Others' } }],
    };
    const result = validateQuestionnaire(twoFactorModel, q);
    expect(at(result.diagnostics, 'groups[2].label').message).toContain("'zij'");
  });

  it('needs a self group, so self can be compared with others', () => {
    const q = { ...valid, groups: valid.groups.filter((g) => g.role === 'partner') };
    const result = validateQuestionnaire(twoFactorModel, q);
    expect(at(result.diagnostics, 'groups').message).toContain('"self"');
  });

  it('refuses something that is not an object', () => {
    const result = validateQuestionnaire(twoFactorModel, [1, 2]);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.path).toBe('');
  });
});
