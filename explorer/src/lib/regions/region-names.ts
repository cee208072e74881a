/** Longest region name accepted. */
export const MAX_REGION_NAME = 80;

/** Why `name` cannot name a region (`empty` or `tooLong`), or null when it can. Spaces at the ends do not count. */
export function regionNameProblem(name: string): 'empty' | 'tooLong' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_REGION_NAME) return 'tooLong';
  return null;
}

/** `name`, or `name (2)`, `name (3)`, … : the first that is not in `taken`. */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${String(i)})`;
    if (!names.has(candidate)) return candidate;
  }
}

/** A new random id with a prefix (`region-…`, `round-…`); never derived from a person. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
