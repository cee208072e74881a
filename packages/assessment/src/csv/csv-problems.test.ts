import { icuQuestionnaire as q } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';

import { answersOf, cellsOf, headerOf, toCsv, windows1252 } from '../test-support/csv-builders.js';
import type { Answer, CsvProblem } from '../types.js';
import { CSV_PROBLEM_CODES } from './csv-problems.js';
import { parseResponsesCsv } from './parse-responses-csv.js';

const first = q.statements[0]?.id ?? '';
const second = q.statements[1]?.id ?? '';
const header = headerOf(q);
const all = (a: Answer): Answer[] => q.statements.map(() => a);
const row = (group: string, a: Answer = 4) => cellsOf(q, { group, answers: answersOf(q, all(a)) });
const withCell = (cells: string[], index: number, value: string) =>
  cells.map((c, i) => (i === index ? value : c));

/** Files that between them give every problem the parser knows, with the codes each must give. */
const cases: { name: string; input: string | Uint8Array; codes: CsvProblem['code'][] }[] = [
  {
    name: 'Windows-1252 bytes',
    input: windows1252(
      toCsv([
        [...header, 'opmerking'],
        [...row('network'), 'café'],
      ]),
    ),
    codes: ['not_utf8'],
  },
  { name: 'an empty file', input: '', codes: ['file_empty'] },
  { name: 'a header of unknown columns', input: 'foo,bar\n1,2', codes: ['no_known_columns'] },
  {
    name: 'a header split by |',
    input: toCsv([header, row('network')], '|'),
    codes: ['unsupported_delimiter'],
  },
  {
    name: 'text decoded as Latin-1 and a surplus of columns',
    input: toCsv([
      [...header, 'groep', first, 'naam', 'Tijdstempel'],
      [...row('network'), 'icNurse', '3', 'Ã©', '2026-01-01'],
    ]),
    codes: [
      'misdecoded_text',
      'duplicate_group_column',
      'duplicate_column',
      'personal_column',
      'unknown_column',
      'row_misdecoded',
    ],
  },
  {
    name: 'a file without the group column and one statement',
    input: toCsv([header.filter((h) => h !== 'group' && h !== second), row('network').slice(2)]),
    codes: ['missing_column', 'missing_group_column'],
  },
  {
    name: 'rows with every row-level problem',
    input: [
      toCsv([header, row('network')]),
      'network 4 4',
      row('icNurse').join(';'),
      toCsv([[...row('network'), '5']]),
      toCsv([row('network').slice(0, 3)]),
      toCsv([row('')]),
      toCsv([row('patients')]),
      toCsv([withCell(row('network'), 1, '7')]),
      toCsv([withCell(row('network'), 1, 'veel')]),
      toCsv([row('network', null)]),
    ].join('\n'),
    codes: [
      'row_not_split',
      'row_other_delimiter',
      'row_extra_cells',
      'row_missing_cells',
      'group_empty',
      'group_unknown',
      'value_out_of_scale',
      'value_not_answer',
      'row_no_answers',
    ],
  },
];

describe('CSV problem codes', () => {
  it.each(cases)('$name gives the codes $codes', ({ input, codes }) => {
    const found = new Set(parseResponsesCsv(input, q).problems.map((p) => p.code));
    for (const code of codes) expect(found, code).toContain(code);
  });

  it('the cases above reach every code in CSV_PROBLEM_CODES, and the parser gives no other', () => {
    const found = new Set(cases.flatMap((c) => parseResponsesCsv(c.input, q).problems.map((p) => p.code)));
    expect([...found].sort()).toEqual([...CSV_PROBLEM_CODES].sort());
  });

  it('gives a value outside the scale with its row, column and the value as a parameter', () => {
    const text = toCsv([header, row('network'), withCell(row('icNurse'), 2, ' 6 ')]);
    const problem = parseResponsesCsv(text, q).problems.find((p) => p.code === 'value_out_of_scale');
    expect(problem).toMatchObject({ row: 2, column: second, params: { value: '6' }, severity: 'error' });
    expect(problem?.message).toContain('value 6 is outside the scale');
  });

  it('gives an unknown group its value and the group ids as parameters', () => {
    const problem = parseResponsesCsv(toCsv([header, row('patients')]), q).problems[0];
    expect(problem?.code).toBe('group_unknown');
    if (problem?.code === 'group_unknown') {
      expect(problem.params.value).toBe('patients');
      expect(problem.params.groups.split(', ')).toEqual(q.groups.map((g) => g.id));
    }
  });

  it('keeps every parameter plain text or a number, and every message non-empty English', () => {
    for (const c of cases)
      for (const p of parseResponsesCsv(c.input, q).problems) {
        for (const value of Object.values(p.params)) expect(['string', 'number']).toContain(typeof value);
        expect(p.message.length, p.code).toBeGreaterThan(10);
      }
  });
});
