import type { CsvProblem, CsvProblemCode, CsvProblemOf, CsvProblemParams } from '../types.js';

/** How a delimiter is named in an English message: `','`, `';'` or `tab`. */
export const delimiterName = (d: string): string => (d === '\t' ? 'tab' : `'${d}'`);

/** The English message of every CSV problem code: the one catalogue of these texts. */
const MESSAGES: { [C in CsvProblemCode]: (p: CsvProblemParams[C], column: string) => string } = {
  not_utf8: (p) =>
    `the file is not valid UTF-8 (byte ${p.byte} at offset ${String(p.offset)}); it was read as Windows-1252 (Latin-1), the encoding Excel often uses. Check accented names, or save the file as "CSV UTF-8"`,
  file_empty: () => 'the file is empty: expected a header line with group and the statement ids',
  no_known_columns: (p) =>
    `the header line names no known column (expected ${p.expected}). Separate columns with a comma, a semicolon or a tab`,
  unsupported_delimiter: (p) =>
    `the header line names no known column (expected ${p.expected}); it seems to separate columns with '${p.delimiter}'. Separate columns with a comma, a semicolon or a tab`,
  misdecoded_text: () =>
    'the text holds characters that were decoded with the wrong encoding (such as � or Ã©); pass the file bytes so the encoding can be detected, or save the file as UTF-8',
  duplicate_group_column: () => 'a second group column is ignored',
  duplicate_column: (p) => `column '${p.statement}' appears twice; the first one is used`,
  personal_column: (_, column) =>
    `column '${column}' would identify a person; it is dropped: no names or contact details are stored`,
  unknown_column: (_, column) => `unknown column '${column}' is ignored`,
  missing_column: (_, column) => `column '${column}' is missing; its answers count as don't know`,
  missing_group_column: (p) =>
    `the group column is missing: every row needs the respondent group (${p.groups})`,
  row_not_split: (p) =>
    `the row has one cell where the header has ${String(p.expected)}: the file separates columns with ${delimiterName(p.delimiter)}; row skipped`,
  row_other_delimiter: (p) =>
    `the row separates columns with ${delimiterName(p.rowDelimiter)}, the file with ${delimiterName(p.fileDelimiter)}; read with ${delimiterName(p.rowDelimiter)}`,
  row_misdecoded: () => 'the row holds characters that look wrongly decoded (the file may not be UTF-8)',
  row_extra_cells: (p) =>
    `the row has ${String(p.cells)} cells, the header ${String(p.expected)}; the extra cells are ignored`,
  row_missing_cells: (p) =>
    `the row has ${String(p.cells)} cells, the header ${String(p.expected)}; the missing cells count as don't know`,
  group_empty: () => 'no group given; row skipped',
  group_unknown: (p) =>
    `unknown group '${p.value}'; use one of ${p.groups} (or a group's Dutch or English name); row skipped`,
  value_out_of_scale: (p) =>
    `value ${p.value} is outside the scale: answers are whole numbers 1 to 5; counted as don't know`,
  value_not_answer: (p) =>
    `'${p.value}' is not an answer: use 1 to 5, or leave the cell empty (or ?, weet niet, n.v.t., don't know, n/a) for don't know; counted as don't know`,
  row_no_answers: () => 'the row has no answers; skipped, so it does not count as a respondent',
};

/** Every code `parseResponsesCsv` can give a problem, in the order of the catalogue. */
export const CSV_PROBLEM_CODES: readonly CsvProblemCode[] = Object.keys(MESSAGES) as CsvProblemCode[];

/** Where a problem is and how bad it is. */
export interface CsvProblemPlace {
  /** 1-based data row, or null for the whole file. */
  row: number | null;
  /** The column, if any. */
  column?: string;
  /** Error or warning. */
  severity: 'error' | 'warning';
}

/** Builds a CSV problem with its English message from the catalogue. */
export function csvProblem<C extends CsvProblemCode>(
  code: C,
  params: CsvProblemParams[C],
  place: CsvProblemPlace,
): CsvProblem {
  const message = MESSAGES[code](params, place.column ?? '');
  const problem: CsvProblemOf<C> =
    place.column === undefined
      ? { code, params, row: place.row, message, severity: place.severity }
      : { code, params, row: place.row, column: place.column, message, severity: place.severity };
  return problem as CsvProblem;
}
