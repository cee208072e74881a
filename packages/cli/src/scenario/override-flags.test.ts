import { describe, expect, it } from 'vitest';
import { overridesFromFlags } from './override-flags.js';

const args = (flags: Record<string, string>) => ({
  flags: new Map(Object.entries(flags)),
  positionals: [],
  help: false,
});

describe('overridesFromFlags', () => {
  it('maps --horizon to horizonMonths and keeps the values as typed', () => {
    expect(overridesFromFlags(args({ method: 'euler', dt: '0.5', horizon: '120' }))).toEqual({
      method: 'euler',
      dt: '0.5',
      horizonMonths: '120',
    });
  });

  it('leaves out flags that were not given and ignores other flags', () => {
    expect(overridesFromFlags(args({ dt: 'x', format: 'json' }))).toEqual({ dt: 'x' });
  });
});
