import type { Questionnaire } from '@samenspel/core';
import {
  disagreement,
  selfVersusOthers,
  type Round,
  type RoundSummary,
  type SelfVersusOthers,
  type StatementDisagreement,
} from '@samenspel/assessment';

/** What stands out in a round: the talking points of the workshop's second step. */
export interface Highlights {
  /** Factors where the network's self-view and its partners differ most (|difference| descending). */
  readonly selfVersusOthers: readonly SelfVersusOthers[];
  /** Statements respondents agreed on least (largest spread first). */
  readonly disagreement: readonly StatementDisagreement[];
  /** Factors with the lowest mean over everyone (lowest first; 0–100). */
  readonly lowest: readonly { readonly factor: string; readonly mean: number }[];
}

/** How many items each list of {@link highlights} holds by default. */
export const HIGHLIGHT_COUNT = 3;

/**
 * The talking points of a round: the `limit` largest self-versus-partner differences (factors
 * where either side is hidden or missing are left out), the `limit` statements with the largest
 * spread, and the `limit` factors with the lowest mean (ties in model order).
 */
export function highlights(
  q: Questionnaire,
  round: Round,
  summary: RoundSummary,
  limit = HIGHLIGHT_COUNT,
): Highlights {
  const differences = selfVersusOthers(summary)
    .filter((d) => d.difference !== null)
    .slice(0, limit);
  const lowest = summary.factors
    .flatMap((f) => (f.all.mean === null ? [] : [{ factor: f.factor, mean: f.all.mean }]))
    .map((f, i) => ({ ...f, i }))
    .sort((a, b) => a.mean - b.mean || a.i - b.i)
    .slice(0, limit)
    .map(({ factor, mean }) => ({ factor, mean }));
  return { selfVersusOthers: differences, disagreement: disagreement(q, round, limit), lowest };
}
