/**
 * Lays out rows of cells as left-aligned columns separated by two spaces, one line per row (each
 * ending in `\n`); trailing spaces are trimmed. The last column is never padded, so long texts
 * (descriptions, quotes) can go there.
 */
export function table(rows: readonly (readonly string[])[], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((row) =>
      `${indent}${row.map((c, i) => (i < row.length - 1 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}`.trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
