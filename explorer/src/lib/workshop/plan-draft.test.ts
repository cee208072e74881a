import { describe, expect, it } from 'vitest';
import { PlanDraft } from './plan-draft.svelte.js';
import { addAction, blankAction, newPlan, updateAction } from './plan-edits.js';

describe('PlanDraft', () => {
  const plan = newPlan('p1', 'r1', '2026-11-24', []);

  it('knows a new plan as unsaved and a stored one as saved until it changes', () => {
    expect(new PlanDraft(plan, false).dirty(plan)).toBe(true);
    const stored = new PlanDraft(plan, true);
    expect(stored.dirty(plan)).toBe(false);
    expect(stored.dirty(addAction(plan, blankAction('a1')))).toBe(true);
  });

  it('starts with no save attempt and finds the problems of a plan either way', () => {
    const draft = new PlanDraft(addAction(plan, blankAction('a1')), false);
    expect(draft.attempted).toBe(false);
    expect(draft.problems(draft.plan).map((p) => p.field)).toEqual(['text', 'owner', 'due']);
    const filled = updateAction(draft.plan, 'a1', { text: 'Overleg', owner: 'IC', due: '2027-01-01' });
    expect(draft.problems(filled)).toEqual([]);
  });
});
