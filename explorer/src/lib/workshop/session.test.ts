import { describe, expect, it } from 'vitest';
import { PlanDraft } from './plan-draft.svelte.js';
import { addAction, blankAction, newPlan } from './plan-edits.js';
import { WorkshopSession } from './session.svelte.js';

describe('WorkshopSession', () => {
  it('keeps one plan draft per round, made once', () => {
    const session = new WorkshopSession();
    let made = 0;
    const make = (): PlanDraft => {
      made += 1;
      return new PlanDraft(newPlan(`p${String(made)}`, 'r1', '2026-11-24', []), false);
    };
    const first = session.draft('region:r1', make);
    expect(session.draft('region:r1', make)).toBe(first);
    expect(session.draft('region:r2', make)).not.toBe(first);
    expect(made).toBe(2);
  });

  it('knows when a draft with actions is not saved', () => {
    const session = new WorkshopSession();
    const empty = newPlan('p1', 'r1', '2026-11-24', []);
    const draft = session.draft('region:r1', () => new PlanDraft(empty, false));
    expect(session.unsaved()).toBe(false);
    draft.plan = addAction(empty, blankAction('a1'));
    expect(session.unsaved()).toBe(true);
    draft.saved = JSON.stringify(draft.plan);
    expect(session.unsaved()).toBe(false);
  });
});
