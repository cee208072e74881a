import { describe, expect, it } from 'vitest';
import { chosenPattern, DEFAULT_PATTERN } from './pattern-option.js';

const args = (flags: Record<string, string>) => ({
  flags: new Map(Object.entries(flags)),
  positionals: [],
  help: false,
});

describe('chosenPattern', () => {
  it('is collaborationTakesOff when --pattern is not given', () => {
    expect(DEFAULT_PATTERN).toBe('collaborationTakesOff');
    expect(chosenPattern(args({}))).toBe('collaborationTakesOff');
  });

  it('is the named pattern, or undefined for none', () => {
    expect(chosenPattern(args({ pattern: 'pseudoCollaboration' }))).toBe('pseudoCollaboration');
    expect(chosenPattern(args({ pattern: 'none' }))).toBeUndefined();
  });
});
