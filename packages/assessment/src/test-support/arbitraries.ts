/**
 * fast-check arbitraries for assessment tests: a small questionnaire with reversed statements and
 * random rounds of responses for it or for any questionnaire.
 */
import type { Questionnaire, QuestionnaireStatement } from '@samenspel/core';
import fc from 'fast-check';

import type { Answer, Response, Round } from '../types.js';

const statement = (id: string, factor: string, reversed = false): QuestionnaireStatement =>
  reversed
    ? { id, factor, text: { nl: `Stelling ${id}`, en: `Statement ${id}` }, reversed }
    : { id, factor, text: { nl: `Stelling ${id}`, en: `Statement ${id}` } };

/** A small questionnaire: factors a, b, c (two statements each, one reversed), one self and three partner groups. */
export const smallQuestionnaire: Questionnaire = {
  schemaVersion: 1,
  id: 'small',
  scale: {
    points: 5,
    labels: { nl: ['--', '-', '0', '+', '++'], en: ['--', '-', '0', '+', '++'] },
    dontKnow: { nl: 'weet niet', en: "don't know" },
  },
  groups: [
    { id: 'me', role: 'self', label: { nl: 'Wij', en: 'Us' } },
    { id: 'x', role: 'partner', label: { nl: 'Iks', en: 'Ex' } },
    { id: 'y', role: 'partner', label: { nl: 'Ypsilon', en: 'Why' } },
    { id: 'z', role: 'partner', label: { nl: 'Zet', en: 'Zed' } },
  ],
  statements: [
    statement('a1', 'a'),
    statement('a2', 'a', true),
    statement('b1', 'b'),
    statement('b2', 'b'),
    statement('c1', 'c', true),
    statement('c2', 'c'),
  ],
};

/** An answer 1..5 or null (don't know), null about one time in four. */
export const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Answer>(1, 2, 3, 4, 5) },
  { weight: 1, arbitrary: fc.constant<Answer>(null) },
);

/** Answers of one respondent: every statement, at least one not null. */
export function answersArb(q: Questionnaire): fc.Arbitrary<Record<string, Answer>> {
  return fc
    .array(answerArb, { minLength: q.statements.length, maxLength: q.statements.length })
    .filter((list) => list.some((a) => a !== null))
    .map((list) => Object.fromEntries(q.statements.map((s, i) => [s.id, list[i] ?? null])));
}

/** Responses (ids r1, r2, …) with groups of the questionnaire. */
export function responsesArb(q: Questionnaire, maxLength = 25): fc.Arbitrary<Response[]> {
  const groupArb = fc.constantFrom(...q.groups.map((g) => g.id));
  return fc
    .array(fc.record({ group: groupArb, answers: answersArb(q) }), { maxLength })
    .map((list) => list.map((r, i) => ({ id: `r${String(i + 1)}`, ...r })));
}

/** A round of random responses. */
export function roundArb(q: Questionnaire, maxLength = 25): fc.Arbitrary<Round> {
  return responsesArb(q, maxLength).map((responses) => ({
    id: 'round',
    label: 'Round',
    date: '2026-01-01',
    month: 0,
    responses,
  }));
}
