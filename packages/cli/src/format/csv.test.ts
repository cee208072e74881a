import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('prints a header and one row per value at full precision', () => {
    const text = toCsv([
      { name: 'time', values: [0, 0.25] },
      { name: 'x', values: Float64Array.of(0.1 + 0.2, 1e-20) },
    ]);
    expect(text).toBe('time,x\n0,0.30000000000000004\n0.25,1e-20\n');
    expect(Number(text.split('\n')[1]?.split(',')[1])).toBe(0.1 + 0.2);
  });

  it('quotes header cells that need it', () => {
    expect(toCsv([{ name: 'a,"b"', values: [1] }])).toBe('"a,""b"""\n1\n');
  });

  it('refuses columns of different lengths', () => {
    expect(() =>
      toCsv([
        { name: 'a', values: [1] },
        { name: 'b', values: [] },
      ]),
    ).toThrow("column 'b'");
  });
});
