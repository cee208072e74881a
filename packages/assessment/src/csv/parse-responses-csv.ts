import type { Questionnaire } from '@samenspel/core';
import Papa from 'papaparse';

import type { Answer, CsvParseResult, CsvProblem, Response } from '../types.js';
import { readAnswer, readGroup } from './cells.js';
import { classifyHeader, knownColumnCount, type ColumnRole } from './columns.js';
import { decode, looksMisdecoded } from './decode.js';

/** The delimiters a responses file may use, in order of preference on a tie. */
export const CSV_DELIMITERS: readonly string[] = [',', ';', '\t'];

const delimiterName = (d: string) => (d === '\t' ? 'tab' : `'${d}'`);

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
 * Never throws on bad content. Responses get ids `r<row>`.
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
  const fileError = (message: string) => problems.push({ row: null, message, severity: 'error' });

  const lines = decoded.text.split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => !isSkippable(line));
  const headerLine = headerIndex === -1 ? undefined : lines[headerIndex];
  if (headerLine === undefined) {
    fileError('the file is empty: expected a header line with group and the statement ids');
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
    fileError(
      `the header line names no known column (expected group, ${q.statements
        .slice(0, 2)
        .map((s) => s.id)
        .join(
          ', ',
        )}, …)${other === undefined ? '' : `; it seems to separate columns with '${other}'`}. Separate columns with a comma, a semicolon or a tab`,
    );
    return result([], delimiter);
  }
  if (looksMisdecoded(headerLine) || lines.some((line) => looksMisdecoded(line)))
    problems.push({
      row: null,
      message:
        'the text holds characters that were decoded with the wrong encoding (such as � or Ã©); pass the file bytes so the encoding can be detected, or save the file as UTF-8',
      severity: 'warning',
    });

  // Columns: what each header cell refers to.
  const roles: ColumnRole[] = header.map((cell) => classifyHeader(cell, q));
  const seenStatements = new Set<string>();
  let groupIndex = -1;
  roles.forEach((role, index) => {
    const column = header[index]?.trim() ?? '';
    if (role.kind === 'group') {
      if (groupIndex === -1) groupIndex = index;
      else {
        problems.push({
          row: null,
          column,
          message: 'a second group column is ignored',
          severity: 'warning',
        });
        roles[index] = { kind: 'unknown' };
      }
    } else if (role.kind === 'statement') {
      if (seenStatements.has(role.id)) {
        problems.push({
          row: null,
          column,
          message: `column '${role.id}' appears twice; the first one is used`,
          severity: 'warning',
        });
        roles[index] = { kind: 'unknown' };
      }
      seenStatements.add(role.id);
    } else if (role.kind === 'personal') {
      problems.push({
        row: null,
        column,
        message: `column '${column}' would identify a person; it is dropped: no names or contact details are stored`,
        severity: 'warning',
      });
    } else if (role.kind === 'comment') {
      // A free-text column: kept as the response's comment.
    } else if (column !== '') {
      problems.push({
        row: null,
        column,
        message: `unknown column '${column}' is ignored`,
        severity: 'warning',
      });
    }
  });
  for (const s of q.statements) {
    if (!seenStatements.has(s.id))
      problems.push({
        row: null,
        column: s.id,
        message: `column '${s.id}' is missing; its answers count as don't know`,
        severity: 'warning',
      });
  }
  if (groupIndex === -1) {
    fileError(
      `the group column is missing: every row needs the respondent group (${q.groups.map((g) => g.id).join(', ')})`,
    );
    return result([], delimiter);
  }

  const groupList = q.groups.map((g) => `${g.id} (${g.label.nl} / ${g.label.en})`).join(', ');
  const responses: Response[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isSkippable(line)) continue;
    const row = i - headerIndex;
    const problem = (message: string, severity: CsvProblem['severity'], column?: string) =>
      problems.push(column === undefined ? { row, message, severity } : { row, column, message, severity });

    let cells = splitLine(line, delimiter);
    if (cells.length === 1 && header.length > 1) {
      const other = CSV_DELIMITERS.filter((d) => d !== delimiter)
        .map((d) => ({ d, cells: splitLine(line, d) }))
        .find((candidate) => candidate.cells.length === header.length);
      if (other === undefined) {
        problem(
          `the row has one cell where the header has ${String(header.length)}: the file separates columns with ${delimiterName(delimiter)}; row skipped`,
          'error',
        );
        continue;
      }
      problem(
        `the row separates columns with ${delimiterName(other.d)}, the file with ${delimiterName(delimiter)}; read with ${delimiterName(other.d)}`,
        'warning',
      );
      cells = other.cells;
    }
    if (looksMisdecoded(line))
      problem('the row holds characters that look wrongly decoded (the file may not be UTF-8)', 'warning');
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      problem(
        `the row has ${String(cells.length)} cells, the header ${String(header.length)}; the extra cells are ignored`,
        'warning',
      );
    if (cells.length < header.length)
      problem(
        `the row has ${String(cells.length)} cells, the header ${String(header.length)}; the missing cells count as don't know`,
        'warning',
      );

    const groupCell = (cells[groupIndex] ?? '').trim();
    const group = readGroup(groupCell, q);
    if (group === undefined) {
      problem(
        groupCell === ''
          ? 'no group given; row skipped'
          : `unknown group '${groupCell}'; use one of ${groupList}; row skipped`,
        'error',
        header[groupIndex]?.trim() ?? 'group',
      );
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
      if (!read.ok) problem(`${read.reason}; counted as don't know`, 'error', role.id);
      else if (read.answer !== null) {
        answers[role.id] = read.answer;
        answered += 1;
      }
    });
    if (answered === 0) {
      problem('the row has no answers; skipped, so it does not count as a respondent', 'warning');
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
