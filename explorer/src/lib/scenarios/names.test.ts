import { describe, expect, it } from 'vitest';
import { checkName, MAX_NAME } from './names.js';

describe('checkName', () => {
  it('trims and keeps any text, markup included (it is shown as text)', () => {
    expect(checkName('  Noord  ')).toEqual({ ok: true, name: 'Noord' });
    expect(checkName('<img src=x onerror=alert(1)>')).toEqual({
      ok: true,
      name: '<img src=x onerror=alert(1)>',
    });
  });

  it('refuses empty and too long names', () => {
    expect(checkName(' \t ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkName('x'.repeat(MAX_NAME))).toMatchObject({ ok: true });
    expect(checkName('x'.repeat(MAX_NAME + 1))).toEqual({ ok: false, problem: 'tooLong' });
  });

  it('turns control characters into spaces', () => {
    expect(checkName('a\nb\u0000c')).toEqual({ ok: true, name: 'a b c' });
  });
});
