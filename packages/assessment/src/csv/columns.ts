import type { Questionnaire } from '@samenspel/core';

import { normalise } from './cells.js';

/** Header texts (lower case) accepted for the group column. */
export const GROUP_HEADERS: readonly string[] = ['group', 'groep', 'respondentgroep', 'respondent group'];

/** Header texts (lower case) of free-text columns: remarks and suggestions, kept as the response's comment. */
export const COMMENT_HEADERS: readonly string[] = [
  'comment',
  'comments',
  'remark',
  'remarks',
  'suggestion',
  'suggestions',
  'opmerking',
  'opmerkingen',
  'toelichting',
  'suggestie',
  'suggesties',
];

/**
 * Header texts (lower case, without spaces, dashes, dots and underscores) of columns that would
 * identify a person. Such columns are dropped with a warning: no names are stored.
 */
export const PERSONAL_HEADERS: readonly string[] = [
  'naam',
  'name',
  'voornaam',
  'achternaam',
  'firstname',
  'lastname',
  'fullname',
  'volledigenaam',
  'respondent',
  'respondentnaam',
  'email',
  'emailadres',
  'emailaddress',
  'mail',
  'telefoon',
  'telefoonnummer',
  'phone',
  'phonenumber',
  'ipadres',
  'ipaddress',
];

const compact = (text: string) => normalise(text).replace(/[\s_.\-–]/g, '');

/** What a header cell refers to. */
export type ColumnRole =
  | { kind: 'group' }
  | { kind: 'statement'; id: string }
  | { kind: 'comment' }
  | { kind: 'personal' }
  | { kind: 'unknown' };

/**
 * Classifies a header cell: the group column, a statement column (its id, case-insensitive), a
 * free-text comment column, a column that names a person, or an unknown column.
 */
export function classifyHeader(header: string, q: Questionnaire): ColumnRole {
  const text = normalise(header);
  if (GROUP_HEADERS.includes(text)) return { kind: 'group' };
  const statement = q.statements.find((s) => s.id.toLowerCase() === text);
  if (statement !== undefined) return { kind: 'statement', id: statement.id };
  if (COMMENT_HEADERS.includes(text)) return { kind: 'comment' };
  if (PERSONAL_HEADERS.includes(compact(header))) return { kind: 'personal' };
  return { kind: 'unknown' };
}

/** How many cells of a header row are known columns (group or statement ids). */
export function knownColumnCount(cells: readonly string[], q: Questionnaire): number {
  return cells.filter((cell) => {
    const role = classifyHeader(cell, q).kind;
    return role === 'group' || role === 'statement';
  }).length;
}
