import type { Questionnaire } from '@samenspel/core';

import type { Round, StatementDisagreement } from '../types.js';
import { MIN_GROUP_SIZE } from './aggregate-round.js';
import { scoreAnswer } from './score.js';
import { stat } from './stat.js';

/** Default number of statements {@link disagreement} returns. */
export const DISAGREEMENT_LIMIT = 5;

/**
 * The statements respondents disagree about most: per statement the sample sd of the (mirrored)
 * scores on 0–100 over everyone who answered it, highest first (ties keep questionnaire order).
 * Privacy: statements with fewer than `minGroupSize` answers (default {@link MIN_GROUP_SIZE}, at
 * least 2) are left out, since an sd over two people gives away how far apart their answers are.
 * Returns at most `limit` (default 5).
 */
export function disagreement(
  q: Questionnaire,
  round: Round,
  limit: number = DISAGREEMENT_LIMIT,
  minGroupSize: number = MIN_GROUP_SIZE,
): StatementDisagreement[] {
  const rows: StatementDisagreement[] = [];
  for (const statement of q.statements) {
    const values: number[] = [];
    for (const r of round.responses) {
      const score = scoreAnswer(statement, r.answers[statement.id]);
      if (score !== null) values.push(score);
    }
    const s = stat(values);
    if (s.sd !== null && s.n >= minGroupSize)
      rows.push({ statement: statement.id, factor: statement.factor, sd: s.sd, n: s.n });
  }
  return rows.sort((a, b) => b.sd - a.sd).slice(0, Math.max(0, limit));
}
