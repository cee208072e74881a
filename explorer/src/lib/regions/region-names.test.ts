import { describe, expect, it } from 'vitest';
import { MAX_REGION_NAME, newId, regionNameProblem, uniqueName } from './region-names.js';

describe('regionNameProblem', () => {
  it('refuses empty and over-long names and accepts the rest', () => {
    expect(regionNameProblem('  ')).toBe('empty');
    expect(regionNameProblem('x'.repeat(MAX_REGION_NAME + 1))).toBe('tooLong');
    expect(regionNameProblem(` ${'x'.repeat(MAX_REGION_NAME)} `)).toBeNull();
    expect(regionNameProblem('Regio Noord')).toBeNull();
  });
});

describe('uniqueName', () => {
  it('numbers a name that is taken', () => {
    expect(uniqueName('Noord', [])).toBe('Noord');
    expect(uniqueName('Noord', ['Noord'])).toBe('Noord (2)');
    expect(uniqueName('Noord', ['Noord', 'Noord (2)'])).toBe('Noord (3)');
  });
});

describe('newId', () => {
  it('gives different ids with the prefix', () => {
    const a = newId('round');
    expect(a.startsWith('round-')).toBe(true);
    expect(newId('round')).not.toBe(a);
  });
});
