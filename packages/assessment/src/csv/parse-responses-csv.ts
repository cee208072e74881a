import type { Questionnaire } from '@samenspel/core';
import Papa from 'papaparse';

import type {
  Answer,
  CsvParseResult,
  CsvProblem,
  CsvProblemCode,
  CsvProblemParams,
  Response,
} from '../types.js';
import { readAnswer, readGroup } from './cells.js';
import { classifyHeader, knownColumnCount, type ColumnRole } from './columns.js';
import { csvProblem } from './csv-problems.js';
import { decode, looksMisdecoded } from './decode.js';

/** The delimiters a responses file may use, in order of preference on a tie. */
export const CSV_DELIMITERS: readonly string[] = [',', ';', '\t'];

/** Splits one line into cells with a delimiter (double quotes around a cell are honoured). */
function splitLine(line: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter, header: false, skipEmptyLines: false });
  return parsed.data[0] ?? [''];
}

const isSkippable = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

/**
 * Reads responses exported from a survey tool, laid out as in {@link csvTemplate}: a header line
 * with `group` and one column per statement id, then one line per respondent.
 *
 * - Input: a string, or the file's bytes (UTF-8 with or without BOM, UTF-16 with BOM; bytes that
 *   are not valid UTF-8 are reported and read as Windows-1252).
 * - Delimiter: comma, semicolon (Dutch Excel) or tab, detected from the header line (the one whose
 *   cells name most known columns); a row written with another of the three is read with a warning.
 * - Lines starting with `#` and blank lines are skipped. Each line is one row (cells may be quoted,
 *   but may not span lines). Row numbers count lines after the header (header = row 0).
 * - Group cells: a group id or its Dutch or English label, case-insensitive.
 * - Answer cells: 1–5 (or a scale label); empty, `?`, `weet niet`, `n.v.t.`, `don't know`, `n/a`
 *   mean don't know (null).
 * - Problems are listed row by row with the column and the reason. A bad answer cell counts as
 *   don't know and the row is kept; a row with an unknown or empty group, or without any answer,
 *   is skipped; other rows are never lost. Columns that would identify a person (`naam`, `name`,
 *   `email`, …) and unknown columns are dropped with a warning: no names are stored. Free-text
 *   columns (`comment`, `opmerking`, `toelichting`, `suggesties`, …) become the response's
 *   `comment` (several joined by a line break).
 *
 * Every problem has a stable `code` with its `params` (see `CSV_PROBLEM_CODES`) besides the
 * English `message`, so an app can show it in its own language. Never throws on bad content.
 * Responses get ids `r<row>`.
 */
export function parseResponsesCsv(input: string | Uint8Array, q: Questionnaire): CsvParseResult {
  const decoded = decode(input);
  const problems: CsvProblem[] = [...decoded.problems];
  const result = (responses: Response[], delimiter: string): CsvParseResult => ({
    responses,
    problems,
    delimiter,
    encoding: decoded.encoding,
  });

  const lines = decoded.text.split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => !isSkippable(line));
  const headerLine = headerIndex === -1 ? undefined : lines[headerIndex];
  if (headerLine === undefined) {
    problems.push(csvProblem('file_empty', {}, { row: null, severity: 'error' }));
    return result([], ',');
  }

  // The delimiter whose split of the header names most known columns (then: most cells).
  let best = { delimiter: ',', cells: [headerLine], known: -1 };
  for (const delimiter of CSV_DELIMITERS) {
    const cells = splitLine(headerLine, delimiter);
    const known = knownColumnCount(cells, q);
    if (known > best.known || (known === best.known && cells.length > best.cells.length))
      best = { delimiter, cells, known };
  }
  const { delimiter, cells: header } = best;
  if (best.known === 0) {
    const other = /[|:^~]/.exec(headerLine)?.[0];
    const expected = ['group', ...q.statements.slice(0, 2).map((st) => st.id), '…'].join(', ');
    problems.push(
      other === undefined
        ? csvProblem('no_known_columns', { expected }, { row: null, severity: 'error' })
        : csvProblem(
            'unsupported_delimiter',
            { expected, delimiter: other },
            { row: null, severity: 'error' },
          ),
    );
    return result([], delimiter);
  }
  if (looksMisdecoded(headerLine) || lines.some((line) => looksMisdecoded(line)))
    problems.push(csvProblem('misdecoded_text', {}, { row: null, severity: 'warning' }));

  // Columns: what each header cell refers to.
  const roles: ColumnRole[] = header.map((cell) => classifyHeader(cell, q));
  const seenStatements = new Set<string>();
  let groupIndex = -1;
  roles.forEach((role, index) => {
    const column = header[index]?.trim() ?? '';
    if (role.kind === 'group') {
      if (groupIndex === -1) groupIndex = index;
      else {
        problems.push(csvProblem('duplicate_group_column', {}, { row: null, column, severity: 'warning' }));
        roles[index] = { kind: 'unknown' };
      }
    } else if (role.kind === 'statement') {
      if (seenStatements.has(role.id)) {
        problems.push(
          csvProblem('duplicate_column', { statement: role.id }, { row: null, column, severity: 'warning' }),
        );
        roles[index] = { kind: 'unknown' };
      }
      seenStatements.add(role.id);
    } else if (role.kind === 'personal') {
      problems.push(csvProblem('personal_column', {}, { row: null, column, severity: 'warning' }));
    } else if (role.kind === 'comment') {
      // A free-text column: kept as the response's comment.
    } else if (column !== '') {
      problems.push(csvProblem('unknown_column', {}, { row: null, column, severity: 'warning' }));
    }
  });
  for (const s of q.statements) {
    if (!seenStatements.has(s.id))
      problems.push(csvProblem('missing_column', {}, { row: null, column: s.id, severity: 'warning' }));
  }
  if (groupIndex === -1) {
    problems.push(
      csvProblem(
        'missing_group_column',
        { groups: q.groups.map((g) => g.id).join(', ') },
        { row: null, severity: 'error' },
      ),
    );
    return result([], delimiter);
  }

  const groupIds = q.groups.map((g) => g.id).join(', ');
  const responses: Response[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isSkippable(line)) continue;
    const row = i - headerIndex;
    const problem = <C extends CsvProblemCode>(
      code: C,
      params: CsvProblemParams[C],
      severity: CsvProblem['severity'],
      column?: string,
    ) =>
      problems.push(
        csvProblem(code, params, column === undefined ? { row, severity } : { row, column, severity }),
      );

    let cells = splitLine(line, delimiter);
    if (cells.length === 1 && header.length > 1) {
      const other = CSV_DELIMITERS.filter((d) => d !== delimiter)
        .map((d) => ({ d, cells: splitLine(line, d) }))
        .find((candidate) => candidate.cells.length === header.length);
      if (other === undefined) {
        problem('row_not_split', { expected: header.length, delimiter }, 'error');
        continue;
      }
      problem('row_other_delimiter', { rowDelimiter: other.d, fileDelimiter: delimiter }, 'warning');
      cells = other.cells;
    }
    if (looksMisdecoded(line)) problem('row_misdecoded', {}, 'warning');
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      problem('row_extra_cells', { cells: cells.length, expected: header.length }, 'warning');
    if (cells.length < header.length)
      problem('row_missing_cells', { cells: cells.length, expected: header.length }, 'warning');

    const groupCell = (cells[groupIndex] ?? '').trim();
    const group = readGroup(groupCell, q);
    if (group === undefined) {
      const column = header[groupIndex]?.trim() ?? 'group';
      if (groupCell === '') problem('group_empty', {}, 'error', column);
      else problem('group_unknown', { value: groupCell, groups: groupIds }, 'error', column);
      continue;
    }
    const answers: Record<string, Answer> = Object.fromEntries(q.statements.map((s) => [s.id, null]));
    let answered = 0;
    const remarks: string[] = [];
    roles.forEach((role, index) => {
      if (role.kind === 'comment') {
        const remark = (cells[index] ?? '').trim();
        if (remark !== '') remarks.push(remark);
        return;
      }
      if (role.kind !== 'statement') return;
      const read = readAnswer(cells[index] ?? '', q);
      if (!read.ok) problem(read.code, { value: read.value }, 'error', role.id);
      else if (read.answer !== null) {
        answers[role.id] = read.answer;
        answered += 1;
      }
    });
    if (answered === 0) {
      problem('row_no_answers', {}, 'warning');
      continue;
    }
    responses.push(
      remarks.length === 0
        ? { id: `r${String(row)}`, group, answers }
        : { id: `r${String(row)}`, group, answers, comment: remarks.join('\n') },
    );
  }
  return result(responses, delimiter);
}
