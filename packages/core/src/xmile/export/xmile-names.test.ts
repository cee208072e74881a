import { describe, expect, it } from 'vitest';
import { snakeName, XmileNames } from './xmile-names.js';

describe('snakeName', () => {
  it('turns camelCase and link ids into snake_case', () => {
    expect(snakeName('pioneerMotivation')).toBe('pioneer_motivation');
    expect(snakeName('trust-pioneerMotivation')).toBe('trust_pioneer_motivation');
    expect(snakeName('networkObligation-seekingEachOtherOut-change')).toBe(
      'network_obligation_seeking_each_other_out_change',
    );
    expect(snakeName('ICUCapacity')).toBe('icu_capacity');
  });

  it('always starts with a letter and holds only a-z, 0-9 and _', () => {
    expect(snakeName('3rdParty')).toBe('v_3rd_party');
    expect(snakeName('--')).toBe('unnamed');
    expect(snakeName('a.b c')).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});

describe('XmileNames', () => {
  it('hands out each name once, with a numbered suffix on a clash', () => {
    const names = new XmileNames();
    expect(names.claim('trust')).toBe('trust');
    expect(names.claim('trust')).toBe('trust_2');
    expect(names.claim('trust')).toBe('trust_3');
  });

  it('never hands out the names XMILE reserves for time', () => {
    const names = new XmileNames();
    expect(names.claim('time')).toBe('time_2');
    expect(names.claim('dt')).toBe('dt_2');
  });
});
