/** One column of a numeric table: its header and its values. */
export interface CsvColumn {
  /** Header cell. */
  readonly name: string;
  /** Values, one per row. */
  readonly values: ArrayLike<number>;
}

/** Quotes a cell when it holds a comma, a double quote or a line break (RFC 4180). */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Formats columns as CSV: a header row, then one row per value, each number at full precision
 * (`String(n)`, so it reads back to the same number). Lines end with `\n`, the last one too.
 * Throws when the columns differ in length.
 */
export function toCsv(columns: readonly CsvColumn[]): string {
  const rows = columns[0]?.values.length ?? 0;
  const uneven = columns.find((c) => c.values.length !== rows);
  if (uneven !== undefined) {
    throw new Error(`column '${uneven.name}' has ${uneven.values.length} values, expected ${rows}`);
  }
  const lines = [columns.map((c) => cell(c.name)).join(',')];
  for (let r = 0; r < rows; r++) lines.push(columns.map((c) => String(c.values[r])).join(','));
  return `${lines.join('\n')}\n`;
}
