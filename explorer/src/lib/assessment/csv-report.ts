import type { CsvParseResult, CsvProblem } from '@samenspel/assessment';

/**
 * The delimiter the summary names: the one the rows were split with (`found`), one seen in a header
 * that no supported delimiter splits, such as `|` (`unsupported`), or none at all (`none`: an empty
 * file, or a header without any known column or delimiter).
 */
export type CsvReportDelimiter =
  | { readonly kind: 'found'; readonly char: string }
  | { readonly kind: 'unsupported'; readonly char: string }
  | { readonly kind: 'none' };

/** Problems of a CSV file grouped for the report: the file as a whole, then row by row. */
export interface CsvReport {
  /** Problems about the whole file (row null). */
  readonly file: readonly CsvProblem[];
  /** Problems per data row (1-based), rows in order. */
  readonly rows: readonly { readonly row: number; readonly problems: readonly CsvProblem[] }[];
  /** Number of responses that will be added. */
  readonly valid: number;
  /** Number of data rows with at least one error. */
  readonly rowsWithErrors: number;
  /** True when nothing can be added. */
  readonly unusable: boolean;
  /** The delimiter to name in the summary (never one the file was not split with). */
  readonly delimiter: CsvReportDelimiter;
}

/** What the summary may say about the delimiter, from the parse result and its file problems. */
function reportDelimiter(result: CsvParseResult, file: readonly CsvProblem[]): CsvReportDelimiter {
  for (const p of file) {
    if (p.code === 'unsupported_delimiter') return { kind: 'unsupported', char: p.params.delimiter };
    // Without a known column the parser's delimiter is only its first guess.
    if (p.code === 'no_known_columns' || p.code === 'file_empty') return { kind: 'none' };
  }
  return { kind: 'found', char: result.delimiter };
}

/** Groups a parse result's problems for display. */
export function csvReport(result: CsvParseResult): CsvReport {
  const file = result.problems.filter((p) => p.row === null);
  const byRow = new Map<number, CsvProblem[]>();
  for (const p of result.problems) {
    if (p.row === null) continue;
    const list = byRow.get(p.row) ?? [];
    list.push(p);
    byRow.set(p.row, list);
  }
  const rows = [...byRow.entries()].sort(([a], [b]) => a - b).map(([row, problems]) => ({ row, problems }));
  return {
    file,
    rows,
    valid: result.responses.length,
    rowsWithErrors: rows.filter((r) => r.problems.some((p) => p.severity === 'error')).length,
    unusable: result.responses.length === 0,
    delimiter: reportDelimiter(result, file),
  };
}
