import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmileNumber } from './xmile-number.js';

describe('xmileNumber', () => {
  it('writes small and large numbers without an exponent', () => {
    expect(xmileNumber(1e-9)).toBe('0.000000001');
    expect(xmileNumber(1.5e-7)).toBe('0.00000015');
    expect(xmileNumber(2e21)).toBe('2000000000000000000000');
    expect(xmileNumber(0.25)).toBe('0.25');
  });

  it('puts negative numbers in parentheses', () => {
    expect(xmileNumber(-0.02)).toBe('(-0.02)');
    expect(xmileNumber(-0)).toBe('0');
  });

  it('reads back to exactly the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = xmileNumber(x).replace(/[()]/g, '');
        expect(/e/i.test(text)).toBe(false);
        expect(Number(text)).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('refuses NaN and infinities', () => {
    expect(() => xmileNumber(Number.NaN)).toThrow(/not a finite number/);
    expect(() => xmileNumber(Number.POSITIVE_INFINITY)).toThrow(/not a finite number/);
  });
});
