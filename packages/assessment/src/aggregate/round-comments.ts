import type { Questionnaire } from '@samenspel/core';

import type { Round, RoundSummary } from '../types.js';

/** One free-text remark of a round, with the group it may be shown under. */
export interface RoundComment {
  /** A shown group's id, or `others` for groups too small to show on their own (or unknown). */
  group: string;
  /** The remark. */
  text: string;
}

/**
 * The round's free-text remarks (for the workshop's "what stands out?"), each under its group when
 * the summary shows that group, else under `others`, so a remark never points at a group too small
 * to show. Listed by group in questionnaire order, then in response order; `others` comes last,
 * sorted alphabetically so the order of the file does not hint at the group.
 */
export function roundComments(q: Questionnaire, round: Round, summary: RoundSummary): RoundComment[] {
  const shown = new Set(summary.groups.filter((g) => g.shown).map((g) => g.id));
  const order = new Map(q.groups.map((g, i) => [g.id, i]));
  const rank = (group: string) =>
    group === 'others' ? q.groups.length : (order.get(group) ?? q.groups.length);
  const out: RoundComment[] = [];
  for (const r of round.responses) {
    const text = r.comment?.trim() ?? '';
    if (text !== '') out.push({ group: shown.has(r.group) ? r.group : 'others', text });
  }
  // Within `others`, alphabetical: the order of the file must not hint at the group.
  return out.sort(
    (a, b) => rank(a.group) - rank(b.group) || (a.group === 'others' ? a.text.localeCompare(b.text) : 0),
  );
}
