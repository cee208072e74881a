import type { QuestionnaireStatement } from '@samenspel/core';

import type { Answer } from '../types.js';

/** Maps an answer 1..5 to 0, 25, 50, 75, 100; `null` (don't know) stays `null`. */
export function answerToScore(answer: Answer): number | null {
  return answer === null ? null : (answer - 1) * 25;
}

/**
 * The score (0–100) of an answer to a statement: reversed statements are mirrored first
 * (6 − answer), so a high score always means the factor is high. `null` and missing answers give
 * `null`.
 */
export function scoreAnswer(statement: QuestionnaireStatement, answer: Answer | undefined): number | null {
  if (answer === undefined || answer === null) return null;
  const mirrored = statement.reversed === true ? ((6 - answer) as Answer) : answer;
  return answerToScore(mirrored);
}
