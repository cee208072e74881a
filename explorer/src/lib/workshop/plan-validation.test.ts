import type { Action } from '@samenspel/assessment';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../regions/round-months.js';
import { actionProblems, fieldProblem, planProblems } from './plan-validation.js';

const good: Action = {
  id: 'a1',
  text: 'Wekelijks overleg IC-verpleegkundigen en intensivisten',
  owner: 'Teamleider IC',
  due: '2027-03-01',
  lever: 'startSmall',
  done: false,
};

describe('isIsoDate', () => {
  it('accepts real yyyy-mm-dd dates and refuses impossible or differently written ones', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('01-03-2027')).toBe(false);
    expect(isIsoDate('2027-3-1')).toBe(false);
  });
});

describe('actionProblems', () => {
  it('finds nothing wrong with a complete action whose lever was chosen', () => {
    expect(actionProblems(good, 1, ['startSmall'])).toEqual([]);
  });

  it('requires text, owner and due date, treating spaces as missing', () => {
    const problems = actionProblems({ ...good, text: ' ', owner: '', due: '  ' }, 2, ['startSmall']);
    expect(problems.map((p) => [p.field, p.code, p.position])).toEqual([
      ['text', 'required', 2],
      ['owner', 'required', 2],
      ['due', 'required', 2],
    ]);
  });

  it('names a due date that is not a date, and a lever that is not in the plan', () => {
    const problems = actionProblems({ ...good, due: '31-12-2027', lever: 'sharedGoals' }, 1, ['startSmall']);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['due', 'invalidDate'],
      ['lever', 'unknownLever'],
    ]);
  });

  it('accepts an action that serves no particular lever', () => {
    expect(actionProblems({ ...good, lever: null }, 1, [])).toEqual([]);
  });
});

describe('planProblems', () => {
  it('asks for at least one action', () => {
    expect(planProblems({ actions: [], interventions: [] })).toEqual([
      { action: null, position: null, field: null, code: 'noActions' },
    ]);
  });

  it('checks every action against the levers of the plan, in order', () => {
    const problems = planProblems({
      actions: [good, { ...good, id: 'a2', owner: '' }],
      interventions: [{ lever: 'startSmall', startMonth: 0, endMonth: 12, intensity: 0.5 }],
    });
    expect(problems).toHaveLength(1);
    expect(fieldProblem(problems, 'a2', 'owner')?.code).toBe('required');
    expect(fieldProblem(problems, 'a1', 'owner')).toBeUndefined();
  });
});
