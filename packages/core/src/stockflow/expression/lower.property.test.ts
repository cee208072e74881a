import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerExpression } from './lower.js';
import { ExpressionSyntaxError } from './translate.js';

const pieces = [
  'a',
  'b',
  '"c d"',
  'gf',
  'TIME',
  'PI',
  '1',
  '.5',
  '2e3',
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  ',',
  '=',
  '<>',
  '<',
  '>=',
  'AND',
  'OR',
  'NOT',
  'MOD',
  'IF',
  'THEN',
  'ELSE',
  'MAX',
  'SMTH1',
  'DELAY',
  'INIT',
  'LOOKUP',
  '[',
  '{x}',
  ';',
  '!',
  "'",
  ':',
  '?',
  '.',
  '"',
  'end',
  'to',
  'in',
];
const ctx = () => {
  let slot = 0;
  return {
    isVariable: (c: string) => c === 'a' || c === 'b' || c === 'c_d',
    isGraph: (c: string) => c === 'gf',
    nextSlot: () => slot++,
  };
};

describe('lowerExpression on arbitrary token soup', () => {
  it('either builds an expression or throws ExpressionSyntaxError, never anything else', () => {
    let built = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (tokens) => {
        const text = tokens.join(' ');
        try {
          const e = lowerExpression(text, ctx());
          expect(typeof e.kind).toBe('string');
          built++;
        } catch (err) {
          expect(err).toBeInstanceOf(ExpressionSyntaxError);
        }
      }),
      { numRuns: 3000 },
    );
    // Some of the soup is a valid expression, so both paths are exercised.
    expect(built).toBeGreaterThan(30);
  });
});
