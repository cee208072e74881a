/**
 * Turns an id of our model format (camelCase, possibly with `-` or `.`) into a readable XMILE
 * name in snake_case: `pioneerMotivation` → `pioneer_motivation`,
 * `trust-pioneerMotivation` → `trust_pioneer_motivation`. The result contains only lower-case
 * letters, digits and single underscores, and starts with a letter, so every XMILE tool reads it
 * as a plain identifier without quotes.
 */
export function snakeName(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const name = words === '' ? 'unnamed' : words;
  return /^[a-z]/.test(name) ? name : `v_${name}`;
}

/**
 * Hands out XMILE names that are unique within one document. XMILE names are compared without
 * regard to case and with spaces equal to underscores; the names given here are already lower
 * case with underscores, so a plain set is enough. A name that is taken gets `_2`, `_3`, … .
 */
export class XmileNames {
  private readonly taken = new Set<string>(['time', 'dt', 'starttime', 'stoptime']);

  /** Reserves and returns a unique name built from `base` (already snake_case). */
  claim(base: string): string {
    let name = base;
    for (let k = 2; this.taken.has(name); k++) name = `${base}_${String(k)}`;
    this.taken.add(name);
    return name;
  }
}
