import type { CsvParseResult, CsvProblem } from '@samenspel/assessment';

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
  };
}
