import type { Questionnaire } from '@samenspel/core';
import { aggregateRound, type Answer, type Round } from '@samenspel/assessment';
import { describe, expect, it } from 'vitest';
import { highlights } from './highlights.js';

const text = { nl: 'x', en: 'x' };
const q: Questionnaire = {
  schemaVersion: 1,
  id: 'test',
  scale: {
    points: 5,
    labels: { nl: ['1', '2', '3', '4', '5'], en: ['1', '2', '3', '4', '5'] },
    dontKnow: text,
  },
  groups: [
    { id: 'network', role: 'self', label: text },
    { id: 'specialist', role: 'partner', label: text },
  ],
  statements: [
    { id: 's1', factor: 'trust', text },
    { id: 's2', factor: 'trust', text },
    { id: 's3', factor: 'sharedGoals', text },
    { id: 's4', factor: 'leadership', text },
  ],
};

function response(id: string, group: string, answers: [Answer, Answer, Answer, Answer]) {
  return { id, group, answers: { s1: answers[0], s2: answers[1], s3: answers[2], s4: answers[3] } };
}

// The network rates trust high and its partners low (a 50-point gap); shared goals are low for
// everyone; s4 splits both groups between 1 and 5 (the largest spread).
const round: Round = {
  id: 'r1',
  label: 'Nulmeting',
  date: '2026-11-01',
  month: 0,
  responses: [
    response('n1', 'network', [5, 5, 1, 1]),
    response('n2', 'network', [5, 5, 1, 5]),
    response('n3', 'network', [5, 5, 2, 1]),
    response('p1', 'specialist', [3, 3, 1, 5]),
    response('p2', 'specialist', [3, 3, 1, 1]),
    response('p3', 'specialist', [3, 3, 2, 5]),
  ],
};

describe('highlights', () => {
  const h = highlights(q, round, aggregateRound(q, round), 2);

  it('puts the largest self-versus-partner difference first', () => {
    expect(h.selfVersusOthers[0]?.factor).toBe('trust');
    expect(h.selfVersusOthers[0]?.difference).toBeCloseTo(50, 9);
    expect(h.selfVersusOthers).toHaveLength(2);
  });

  it('names the statement with the largest spread first', () => {
    expect(h.disagreement[0]?.statement).toBe('s4');
  });

  it('lists the lowest factors, lowest first', () => {
    expect(h.lowest.map((l) => l.factor)).toEqual(['sharedGoals', 'leadership']);
    expect(h.lowest[0]?.mean).toBeLessThan(h.lowest[1]?.mean ?? 0);
  });

  it('leaves out differences that are hidden for small groups', () => {
    const small: Round = { ...round, responses: round.responses.slice(0, 4) };
    expect(highlights(q, small, aggregateRound(q, small)).selfVersusOthers).toEqual([]);
  });
});
