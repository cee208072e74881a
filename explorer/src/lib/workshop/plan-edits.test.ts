import type { ActionPlan } from '@samenspel/assessment';
import { describe, expect, it } from 'vitest';
import {
  addAction,
  blankAction,
  latestPlanOf,
  newPlan,
  removeAction,
  setInterventions,
  updateAction,
  upsertPlan,
} from './plan-edits.js';

const start = newPlan('p1', 'r1', '2026-11-24', [{ lever: 'startSmall' }]);

describe('plan edits', () => {
  it('add, change and remove actions without touching the original plan', () => {
    const one = addAction(start, blankAction('a1', 'startSmall'));
    const two = addAction(one, blankAction('a2'));
    const edited = updateAction(two, 'a2', { owner: 'Bestuurder', due: '2027-01-15' });
    expect(edited.actions.map((a) => a.owner)).toEqual(['', 'Bestuurder']);
    expect(two.actions[1]?.owner).toBe('');
    const removed = removeAction(edited, 'a1');
    expect(removed.actions.map((a) => a.id)).toEqual(['a2']);
    expect(start.actions).toEqual([]);
  });

  it('leave the plan as it is for an unknown action', () => {
    expect(removeAction(start, 'nope')).toBe(start);
    expect(updateAction(start, 'nope', { text: 'x' })).toBe(start);
  });

  it('unlink actions from a lever that is no longer chosen, keeping their text', () => {
    const plan = updateAction(addAction(start, blankAction('a1', 'startSmall')), 'a1', {
      text: 'Samen beginnen',
    });
    const after = setInterventions(plan, [{ lever: 'regionalMeetings' }]);
    expect(after.actions[0]).toMatchObject({ text: 'Samen beginnen', lever: null });
    expect(after.interventions).toEqual([{ lever: 'regionalMeetings' }]);
  });
});

describe('plans of a region', () => {
  const a: ActionPlan = { ...start, id: 'a', created: '2026-11-01' };
  const b: ActionPlan = { ...start, id: 'b', created: '2026-11-20' };
  const other: ActionPlan = { ...start, id: 'c', roundId: 'r2', created: '2026-12-01' };

  it('finds the latest plan of a round', () => {
    expect(latestPlanOf([b, a, other], 'r1')?.id).toBe('b');
    expect(latestPlanOf([a], 'r9')).toBeNull();
  });

  it('replace a plan by id or add a new one', () => {
    const changed = { ...a, actions: [blankAction('x')] };
    expect(upsertPlan([a, b], changed).map((p) => [p.id, p.actions.length])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
    expect(upsertPlan([a], b).map((p) => p.id)).toEqual(['a', 'b']);
  });
});
