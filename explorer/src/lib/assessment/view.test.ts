import { describe, expect, it } from 'vitest';
import { searchWithView, viewFromSearch } from './view.js';

describe('viewFromSearch', () => {
  it('reads a known view and falls back to exploring', () => {
    expect(viewFromSearch('?view=assessment')).toBe('assessment');
    expect(viewFromSearch('?lang=en&view=workshop')).toBe('workshop');
    expect(viewFromSearch('')).toBe('explore');
    expect(viewFromSearch('?view=admin')).toBe('explore');
  });
});

describe('searchWithView', () => {
  it('keeps the other parameters and drops the parameter for exploring', () => {
    expect(searchWithView('?lang=en', 'assessment')).toBe('?lang=en&view=assessment');
    expect(searchWithView('?view=assessment&lang=en', 'explore')).toBe('?lang=en');
    expect(searchWithView('?view=workshop', 'explore')).toBe('');
  });

  it('round-trips through viewFromSearch', () => {
    for (const v of ['explore', 'assessment', 'workshop'] as const)
      expect(viewFromSearch(searchWithView('?s=abc', v))).toBe(v);
  });
});
