import type { Questionnaire } from '@samenspel/core';

import type { FactorSummary, Response, Round, RoundSummary, Stat } from '../types.js';
import { scoreAnswer } from './score.js';
import { hidden, stat } from './stat.js';

/** Default minimum number of respondents a group needs to be shown on its own. */
export const MIN_GROUP_SIZE = 3;

/** Options of {@link aggregateRound}. */
export interface AggregateOptions {
  /** Minimum respondents for a group (or a folded set) to be shown (default {@link MIN_GROUP_SIZE}). */
  minGroupSize?: number;
}

/** The key under which small groups are folded together in `byGroup`. */
const OTHERS = 'others';

/**
 * The factor ids that have statements, in the order of their first statement.
 */
export function questionnaireFactors(q: Questionnaire): string[] {
  return [...new Set(q.statements.map((s) => s.factor))];
}

/**
 * Each respondent's score per factor: the mean of their (mirrored) scores on the factor's
 * statements, or null when they answered none of them.
 */
export function factorScores(q: Questionnaire, response: Response): Map<string, number | null> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const statement of q.statements) {
    const entry = sums.get(statement.factor) ?? { sum: 0, n: 0 };
    const score = scoreAnswer(statement, response.answers[statement.id]);
    if (score !== null) {
      entry.sum += score;
      entry.n += 1;
    }
    sums.set(statement.factor, entry);
  }
  return new Map([...sums].map(([factor, { sum, n }]) => [factor, n === 0 ? null : sum / n]));
}

/**
 * Summarises a round per factor and respondent group (scores on 0–100).
 *
 * - A respondent's factor score is the mean of their answers to the factor's statements (reversed
 *   statements mirrored, "don't know" left out); the Stats are over those factor scores.
 * - `all` holds every response, including responses whose group the questionnaire does not know.
 * - `self` and `others` split by the groups' role (network versus all partners).
 * - Privacy: a group with fewer than `minGroupSize` respondents (default 3) is not shown on its own;
 *   it is folded into `byGroup.others`. Every Stat but `all` that rests on fewer than
 *   `minGroupSize` answers (a shown group where only two answered the factor, `self`, `others`,
 *   `byGroup.others`) has its mean and sd hidden (null); its count `n` stays.
 */
export function aggregateRound(q: Questionnaire, round: Round, options: AggregateOptions = {}): RoundSummary {
  const minGroupSize = options.minGroupSize ?? MIN_GROUP_SIZE;
  const roleOf = new Map(q.groups.map((g) => [g.id, g.role]));
  const counts = new Map<string, number>(q.groups.map((g) => [g.id, 0]));
  for (const r of round.responses) {
    const c = counts.get(r.group);
    if (c !== undefined) counts.set(r.group, c + 1);
  }
  const groups = q.groups.map((g) => {
    const respondents = counts.get(g.id) ?? 0;
    return { id: g.id, respondents, shown: respondents >= minGroupSize };
  });
  const shown = new Set(groups.filter((g) => g.shown).map((g) => g.id));
  const anyFolded = groups.some((g) => !g.shown && g.respondents > 0);
  const scores = round.responses.map((r) => ({ group: r.group, scores: factorScores(q, r) }));

  // Privacy: a Stat built from fewer answers than the minimum shows its count only.
  const guard = (s: Stat): Stat => (s.n >= minGroupSize ? s : hidden(s.n));
  const isSelf = (g: string) => roleOf.get(g) === 'self';
  const isPartner = (g: string) => roleOf.get(g) === 'partner';
  const isFolded = (g: string) => roleOf.has(g) && !shown.has(g);

  const factors: FactorSummary[] = questionnaireFactors(q).map((factor) => {
    const valuesWhere = (keep: (group: string) => boolean): number[] => {
      const out: number[] = [];
      for (const r of scores) {
        const value = r.scores.get(factor);
        if (value !== undefined && value !== null && keep(r.group)) out.push(value);
      }
      return out;
    };
    const byGroup: Record<string, Stat> = {};
    for (const g of groups) if (g.shown) byGroup[g.id] = guard(stat(valuesWhere((id) => id === g.id)));
    if (anyFolded) byGroup[OTHERS] = guard(stat(valuesWhere(isFolded)));
    return {
      factor,
      all: stat(valuesWhere(() => true)),
      self: guard(stat(valuesWhere(isSelf))),
      others: guard(stat(valuesWhere(isPartner))),
      byGroup,
    };
  });
  return { roundId: round.id, respondents: round.responses.length, groups, factors };
}
