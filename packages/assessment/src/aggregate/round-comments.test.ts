import { describe, expect, it } from 'vitest';

import { answersOf } from '../test-support/csv-builders.js';
import { smallQuestionnaire as q } from '../test-support/arbitraries.js';
import type { Round } from '../types.js';
import { aggregateRound } from './aggregate-round.js';
import { roundComments } from './round-comments.js';

const answers = answersOf(q, [3, 3, 3, 3, 3, 3]);
const round: Round = {
  id: 'r',
  label: 'r',
  date: '2026-01-01',
  month: 0,
  responses: [
    { id: 'y1', group: 'y', answers, comment: 'more meetings' },
    { id: 'x1', group: 'x', answers, comment: 'from x' },
    { id: 'x2', group: 'x', answers },
    { id: 'x3', group: 'x', answers, comment: '   ' },
    { id: 'me1', group: 'me', answers, comment: 'clear goals' },
  ],
};

describe('roundComments', () => {
  it('lists remarks by group, putting those of groups too small to show under others, alphabetically', () => {
    expect(roundComments(q, round, aggregateRound(q, round))).toEqual([
      { group: 'x', text: 'from x' },
      { group: 'others', text: 'clear goals' },
      { group: 'others', text: 'more meetings' },
    ]);
  });
});
