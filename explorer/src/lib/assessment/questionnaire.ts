import type { Questionnaire } from '@samenspel/core';
import { icuQuestionnaire } from '@samenspel/icu-model';
import { tr, type Lang } from '../model.js';
import { OTHERS_KEY } from './results-model.js';

/** The questionnaire the explorer asks and reads (the ICU model's). */
export const questionnaire: Questionnaire = icuQuestionnaire;

/** Name of a respondent group (or of the folded small groups, `others`) in the interface language. */
export function groupLabel(id: string, lang: Lang, othersLabel: string): string {
  if (id === OTHERS_KEY) return othersLabel;
  const group = questionnaire.groups.find((g) => g.id === id);
  return group === undefined ? id : tr(group.label, lang);
}

/** A statement's text in the interface language (its id when unknown). */
export function statementText(id: string, lang: Lang): string {
  const statement = questionnaire.statements.find((s) => s.id === id);
  return statement === undefined ? id : tr(statement.text, lang);
}
