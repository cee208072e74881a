import type { Questionnaire } from '@samenspel/core';

import type { Answer } from '../types.js';

/** Cell texts (lower case) that mean "don't know / not applicable", besides an empty cell. */
export const DONT_KNOW_TOKENS: readonly string[] = [
  '?',
  '-',
  'weet niet',
  'weet ik niet',
  'n.v.t.',
  'nvt',
  'n.v.t',
  'niet van toepassing',
  "don't know",
  'don’t know',
  'dont know',
  'n/a',
  'na',
  'not applicable',
];

/** Lower case, trimmed, inner whitespace collapsed: the form cells are compared in. */
export const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Outcome of reading one answer cell: an answer, or the reason it could not be read. */
export type CellResult =
  | { ok: true; answer: Answer }
  | { ok: false; code: 'value_out_of_scale' | 'value_not_answer'; value: string };

/**
 * Reads an answer cell: `1`..`5` (also `3.0` or `3,0`), a scale label of the questionnaire in
 * Dutch or English (case-insensitive), or empty / a don't-know token / the questionnaire's
 * don't-know label for `null`. Anything else is refused with a
 * problem code (`value_out_of_scale` for other numbers, `value_not_answer` otherwise) and the cell.
 */
export function readAnswer(cell: string, q: Questionnaire): CellResult {
  const text = normalise(cell);
  if (text === '' || DONT_KNOW_TOKENS.includes(text)) return { ok: true, answer: null };
  if (text === normalise(q.scale.dontKnow.nl) || text === normalise(q.scale.dontKnow.en))
    return { ok: true, answer: null };
  const number = /^[+-]?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
  if (!Number.isNaN(number)) {
    if (Number.isInteger(number) && number >= 1 && number <= 5) return { ok: true, answer: number as Answer };
    return { ok: false, code: 'value_out_of_scale', value: cell.trim() };
  }
  for (const labels of [q.scale.labels.nl, q.scale.labels.en]) {
    const index = labels.findIndex((label) => normalise(label) === text);
    if (index >= 0) return { ok: true, answer: (index + 1) as Answer };
  }
  return { ok: false, code: 'value_not_answer', value: cell.trim() };
}

/**
 * Finds the group a cell names: its id or its Dutch or English label, case-insensitive. Returns
 * the group id, or undefined.
 */
export function readGroup(cell: string, q: Questionnaire): string | undefined {
  const text = normalise(cell);
  return q.groups.find(
    (g) => normalise(g.id) === text || normalise(g.label.nl) === text || normalise(g.label.en) === text,
  )?.id;
}
