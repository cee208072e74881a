import { describe, expect, it } from 'vitest';
import { ExpressionSyntaxError, translateExpression } from './translate.js';

describe('translateExpression', () => {
  it('replaces every name, quoted or bare, by a placeholder and keeps its canonical form', () => {
    const t = translateExpression('"Teacup Temperature" - Room_Temperature * teacup_temperature');
    expect(t.text).toBe('_i0 - _i1 * _i0');
    expect(t.identifiers).toEqual([
      { raw: 'Teacup Temperature', canonical: 'teacup_temperature' },
      { raw: 'Room_Temperature', canonical: 'room_temperature' },
    ]);
  });

  it('writes IF c THEN a ELSE b as a parenthesised conditional, nested ones too', () => {
    expect(translateExpression('IF a THEN 1 ELSE 2').text).toBe('((_i0) ? (1) : (2))');
    expect(translateExpression('if a then if b then 1 else 2 else 3').text).toBe(
      '((_i0) ? (((_i1) ? (1) : (2))) : (3))',
    );
    // The ELSE branch ends at the closing parenthesis or comma of its group.
    expect(translateExpression('MAX(IF a THEN 1 ELSE 2, 3)').text).toBe('_i0(((_i1) ? (1) : (2)), 3)');
  });

  it('maps = and <> to mathjs comparisons and keeps AND/OR/NOT/MOD in any case', () => {
    expect(translateExpression('a = b').text).toBe('_i0 == _i1');
    expect(translateExpression('a <> b').text).toBe('_i0 != _i1');
    expect(translateExpression('NoT a AnD b oR c MOD 2').text).toBe(' not _i0 and _i1 or _i2 mod 2');
  });

  it('reads numbers with a leading point and exponents', () => {
    expect(translateExpression('.34 + 3e-05').text).toBe('0.34 + 0.00003');
  });

  it('skips { comments }', () => {
    expect(translateExpression('1 {one} + 2').text).toBe('1 + 2');
  });

  it('refuses arrays and module references, naming the feature', () => {
    expect(() => translateExpression('a[1]')).toThrow(ExpressionSyntaxError);
    try {
      translateExpression('a[1]');
    } catch (e) {
      expect((e as ExpressionSyntaxError).feature).toBe('arrays');
    }
    try {
      translateExpression('hares.population * 2');
    } catch (e) {
      expect((e as ExpressionSyntaxError).feature).toBe('modules');
    }
  });

  it('refuses malformed text with a reason', () => {
    expect(() => translateExpression('IF a THEN 1')).toThrow(/IF \.\.\. THEN without ELSE/);
    expect(() => translateExpression('a THEN 1')).toThrow(/THEN without IF/);
    expect(() => translateExpression('2 x')).toThrow(/operator is missing/);
    expect(() => translateExpression('(a + 1')).toThrow(/without "\)"/);
    expect(() => translateExpression('"unclosed')).toThrow(/never closed/);
    expect(() => translateExpression('  ')).toThrow(/empty/);
    expect(() => translateExpression('a ; b')).toThrow(/unexpected character ";"/);
  });
});
