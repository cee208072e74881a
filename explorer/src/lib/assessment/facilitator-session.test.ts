import { describe, expect, it } from 'vitest';
import { FacilitatorSession } from './facilitator-session.svelte.js';

describe('FacilitatorSession', () => {
  it('takes a respondent from group to answers to done, counting progress', () => {
    const s = new FacilitatorSession(['a', 'b', 'c']);
    expect(s.step).toBe('group');
    s.chooseGroup('network');
    expect(s.step).toBe('answering');
    s.answer('a', 4);
    s.answer('b', null);
    s.answer('a', 5);
    expect(s.answered).toBe(2);
    expect(s.unanswered).toBe(1);
    const response = s.finish();
    expect(response).toEqual({ group: 'network', answers: { a: 5, b: null, c: null } });
    expect(s.step).toBe('done');
    expect(s.finished).toBe(1);
  });

  it('keeps nothing of the previous respondent for the next one', () => {
    const s = new FacilitatorSession(['a']);
    s.chooseGroup('specialist');
    s.answer('a', 2);
    s.finish();
    expect(s.answers).toEqual({});
    expect(s.group).toBeNull();
    s.next();
    expect(s.step).toBe('group');
    expect(s.answered).toBe(0);
  });

  it('hands over the remark (trimmed) with the response and clears it for the next respondent', () => {
    const s = new FacilitatorSession(['a']);
    s.chooseGroup('network');
    s.answer('a', 3);
    s.comment = '  Vaker samen oefenen ';
    expect(s.finish()).toEqual({ group: 'network', answers: { a: 3 }, comment: 'Vaker samen oefenen' });
    expect(s.comment).toBe('');
    s.next();
    s.chooseGroup('nurses');
    s.comment = '   ';
    expect(s.finish()).not.toHaveProperty('comment');
  });

  it('refuses an unknown statement and finishing without a respondent', () => {
    const s = new FacilitatorSession(['a']);
    expect(() => s.finish()).toThrow(/no respondent/);
    s.chooseGroup('network');
    expect(() => s.answer('zz', 1)).toThrow(/unknown statement/);
  });
});
