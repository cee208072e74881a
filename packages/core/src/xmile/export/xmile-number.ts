/**
 * Writes a finite number as an XMILE numeric literal that reads back to exactly the same double:
 * the shortest round-trip decimal, without an exponent (some XMILE readers do not accept `1e-9`),
 * and in parentheses when negative, so that it can follow any operator (`a + (-0.02) * b`).
 * Throws on NaN and infinities, which XMILE cannot express.
 */
export function xmileNumber(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`XMILE export: ${String(x)} is not a finite number`);
  const text = plainDecimal(Math.abs(x));
  return x < 0 && text !== '0' ? `(-${text})` : text;
}

/** The shortest round-trip decimal of a non-negative finite number, without exponent. */
function plainDecimal(x: number): string {
  const shortest = String(x);
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (match === null) return shortest;
  const [, lead = '', fraction = '', exp = '0'] = match;
  const digits = lead + fraction;
  const point = 1 + Number(exp);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  return digits.length <= point
    ? digits + '0'.repeat(point - digits.length)
    : `${digits.slice(0, point)}.${digits.slice(point)}`;
}
