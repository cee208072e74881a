import { icuQuestionnaire as q } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';

import {
  answersOf,
  cellsOf,
  headerOf,
  toCsv,
  utf16le,
  utf8,
  windows1252,
} from '../test-support/csv-builders.js';
import type { Answer, CsvProblem } from '../types.js';
import { csvTemplate } from './csv-template.js';
import { parseResponsesCsv } from './parse-responses-csv.js';

const n = q.statements.length;
const first = q.statements[0]?.id ?? '';
const second = q.statements[1]?.id ?? '';
const all = (a: Answer): Answer[] => Array.from({ length: n }, () => a);
const row = (group: string, answers: readonly Answer[]) =>
  cellsOf(q, { group, answers: answersOf(q, answers) });
const file = (rows: string[][], delimiter = ',') => toCsv([headerOf(q), ...rows], delimiter);

const problemAt = (problems: readonly CsvProblem[], rowNumber: number | null, column?: string) => {
  const hit = problems.find((p) => p.row === rowNumber && (column === undefined || p.column === column));
  if (hit === undefined)
    throw new Error(`no problem at row ${String(rowNumber)} ${column ?? ''}: ${JSON.stringify(problems)}`);
  return hit;
};

describe('parseResponsesCsv: delimiters and encodings', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])('detects the %s delimiter (%s) and reads every row', (delimiter) => {
    const text = file([row('network', all(4)), row('icNurse', all(2))], delimiter);
    const result = parseResponsesCsv(text, q);
    expect(result.delimiter).toBe(delimiter);
    expect(result.problems).toEqual([]);
    expect(result.responses).toEqual([
      { id: 'r1', group: 'network', answers: answersOf(q, all(4)) },
      { id: 'r2', group: 'icNurse', answers: answersOf(q, all(2)) },
    ]);
  });

  it('reads UTF-8 with and without a byte order mark, as bytes or text, with CRLF line ends', () => {
    const text = toCsv([headerOf(q), row('network', all(3))], ';', '\r\n');
    for (const input of [utf8(text), utf8(text, true), `\uFEFF${text}`, text]) {
      const result = parseResponsesCsv(input, q);
      expect(result.encoding).toBe('utf-8');
      expect(result.problems).toEqual([]);
      expect(result.responses).toHaveLength(1);
    }
  });

  it('reports bytes that are not UTF-8, reads them as Windows-1252 and keeps the rows', () => {
    const text = toCsv(
      [
        [...headerOf(q), 'opmerking'],
        [...row('network', all(5)), 'café'],
      ],
      ';',
    );
    const result = parseResponsesCsv(windows1252(text), q);
    expect(result.encoding).toBe('windows-1252');
    const warning = problemAt(result.problems, null);
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('not valid UTF-8 (byte 0xE9');
    expect(result.responses).toHaveLength(1);
  });

  it('reads UTF-16 text with a byte order mark (Excel "Unicode text")', () => {
    const result = parseResponsesCsv(utf16le(file([row('Verwijzers', all(1))], '\t')), q);
    expect(result.encoding).toBe('utf-16le');
    expect(result.delimiter).toBe('\t');
    expect(result.responses[0]?.group).toBe('referrer');
  });

  it('warns row by row when text was already decoded wrongly (replacement characters)', () => {
    const text = toCsv([
      [...headerOf(q), 'opmerking'],
      [...row('network', all(5)), 'caf\uFFFD'],
    ]);
    const result = parseResponsesCsv(text, q);
    expect(problemAt(result.problems, null).message).toContain('wrong encoding');
    expect(problemAt(result.problems, 1).message).toContain('wrongly decoded');
    expect(result.responses).toHaveLength(1);
  });

  it('explains a header split by an unsupported delimiter', () => {
    const result = parseResponsesCsv(file([row('network', all(3))], '|'), q);
    expect(result.responses).toEqual([]);
    const error = problemAt(result.problems, null);
    expect(error.severity).toBe('error');
    expect(error.message).toContain("'|'");
  });

  it('reads a row written with another delimiter, with a warning naming both', () => {
    const text = `${file([row('network', all(4))], ',')}\n${toCsv([row('network', all(2))], ';')}`;
    const result = parseResponsesCsv(text, q);
    expect(result.responses.map((r) => r.answers[first])).toEqual([4, 2]);
    const warning = problemAt(result.problems, 2);
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain("';'");
    expect(warning.message).toContain("','");
  });

  it('skips a row that is one unreadable cell and keeps the others', () => {
    const text = `${file([row('network', all(4))])}\nthis row is not csv at all\n${toCsv([row('management', all(1))])}`;
    const result = parseResponsesCsv(text, q);
    expect(result.responses.map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(problemAt(result.problems, 2).severity).toBe('error');
  });
});

describe('parseResponsesCsv: cells', () => {
  it('accepts group ids and Dutch or English labels in any case', () => {
    const result = parseResponsesCsv(
      file([
        row('NETWORK', all(3)),
        row('andere medisch specialisten', all(3)),
        row('Managers and board members', all(3)),
        row('  icnurse ', all(3)),
      ]),
      q,
    );
    expect(result.problems).toEqual([]);
    expect(result.responses.map((r) => r.group)).toEqual(['network', 'specialist', 'management', 'icNurse']);
  });

  it("reads every don't-know form as null, and scale labels and 4,0 as answers", () => {
    const tokens = ['', '?', 'weet niet', 'N.v.t.', "don't know", 'n/a', 'Weet niet / niet van toepassing'];
    const cells = headerOf(q).map((_, i) => (i === 0 ? 'network' : (tokens[i - 1] ?? '')));
    cells[tokens.length + 1] = 'Eens';
    cells[tokens.length + 2] = 'strongly disagree';
    cells[tokens.length + 3] = '4,0';
    const result = parseResponsesCsv(file([cells]), q);
    expect(result.problems).toEqual([]);
    const answers = Object.values(result.responses[0]?.answers ?? {});
    expect(answers.slice(0, tokens.length)).toEqual(tokens.map(() => null));
    expect(answers.slice(tokens.length, tokens.length + 3)).toEqual([4, 1, 4]);
  });

  it.each(['0', '6', '3.5', '-1', 'veel'])(
    "reports the answer %s with its row and column, counts it as don't know and keeps the row",
    (bad) => {
      const cells = row('network', all(4));
      cells[2] = bad;
      const result = parseResponsesCsv(file([row('network', all(2)), cells]), q);
      const error = problemAt(result.problems, 2, second);
      expect(error.severity).toBe('error');
      expect(error.message).toContain(bad);
      expect(result.responses).toHaveLength(2);
      expect(result.responses[1]?.answers[second]).toBeNull();
      expect(result.responses[1]?.answers[first]).toBe(4);
    },
  );

  it('skips a row with an unknown or empty group, naming the group column, and keeps the rest', () => {
    const result = parseResponsesCsv(
      file([row('network', all(4)), row('patients', all(4)), row('', all(4)), row('referrer', all(4))]),
      q,
    );
    expect(result.responses.map((r) => r.id)).toEqual(['r1', 'r4']);
    expect(problemAt(result.problems, 2, 'group').message).toContain("unknown group 'patients'");
    expect(problemAt(result.problems, 3, 'group').message).toContain('no group');
  });

  it('skips a row without any answer so it does not count as a respondent', () => {
    const result = parseResponsesCsv(file([row('network', all(null)), row('network', all(1))]), q);
    expect(result.responses.map((r) => r.id)).toEqual(['r2']);
    expect(problemAt(result.problems, 1).severity).toBe('warning');
  });

  it('warns about rows with too many or too few cells and reads what is there', () => {
    const long = [...row('network', all(4)), '9'];
    const short = row('network', all(5)).slice(0, 3);
    const result = parseResponsesCsv(file([long, short]), q);
    expect(problemAt(result.problems, 1).message).toContain('extra cells are ignored');
    expect(problemAt(result.problems, 2).message).toContain("missing cells count as don't know");
    expect(result.responses[1]?.answers[second]).toBe(5);
    expect(result.responses[1]?.answers[q.statements[2]?.id ?? '']).toBeNull();
  });

  it('honours quoted cells', () => {
    const text = `${headerOf(q).join(';')}\n"Managers en bestuurders";"4"${';'.repeat(n - 1)}`;
    const result = parseResponsesCsv(text, q);
    expect(result.responses[0]?.group).toBe('management');
    expect(result.responses[0]?.answers[first]).toBe(4);
  });
});

describe('parseResponsesCsv: columns', () => {
  it('keeps free-text columns as the comment, several joined, quoted delimiters included', () => {
    const header = [...headerOf(q), 'Opmerking', 'Suggesties'];
    const text = toCsv(
      [
        header,
        [...row('network', all(4)), 'Meer overleg; graag', 'Kwartaaloverleg'],
        [...row('network', all(3)), '', ''],
      ],
      ';',
    );
    const result = parseResponsesCsv(text, q);
    expect(result.problems).toEqual([]);
    expect(result.responses[0]?.comment).toBe('Meer overleg; graag\nKwartaaloverleg');
    expect(result.responses[1]).not.toHaveProperty('comment');
  });

  it('drops columns that name a person with a warning, and stores none of their values', () => {
    const header = ['Naam', 'E-mail', ...headerOf(q)];
    const text = toCsv([header, ['Jan Jansen', 'jan@example.org', ...row('network', all(4))]]);
    const result = parseResponsesCsv(text, q);
    expect(problemAt(result.problems, null, 'Naam').message).toContain('identify a person');
    expect(problemAt(result.problems, null, 'E-mail').severity).toBe('warning');
    expect(result.responses).toHaveLength(1);
    const stored = JSON.stringify(result.responses);
    expect(stored).not.toContain('Jan');
    expect(stored).not.toContain('example.org');
  });

  it("reports each missing statement column and counts its answers as don't know", () => {
    const header = headerOf(q).filter((h) => h !== second);
    const cells = row('network', all(3)).filter((_, i) => i !== 2);
    const result = parseResponsesCsv(toCsv([header, cells]), q);
    expect(problemAt(result.problems, null, second).message).toContain('missing');
    expect(result.responses[0]?.answers[second]).toBeNull();
    expect(result.responses[0]?.answers[first]).toBe(3);
  });

  it('refuses a file without a group column, with one error for the whole file', () => {
    const text = toCsv([headerOf(q).slice(1), row('network', all(3)).slice(1)]);
    const result = parseResponsesCsv(text, q);
    expect(result.responses).toEqual([]);
    expect(problemAt(result.problems, null).message).toContain('group column is missing');
  });

  it('ignores unknown columns with a warning and accepts statement ids in any case', () => {
    const header = ['Tijdstempel', 'GROEP', ...q.statements.map((s) => s.id.toUpperCase())];
    const text = toCsv([header, ['2026-01-01 10:00', ...row('network', all(2))]]);
    const result = parseResponsesCsv(text, q);
    expect(problemAt(result.problems, null, 'Tijdstempel').message).toContain('unknown column');
    expect(result.responses[0]?.answers[first]).toBe(2);
  });

  it('reports an empty file', () => {
    expect(parseResponsesCsv('', q).problems[0]?.message).toContain('empty');
  });
});

describe('csvTemplate', () => {
  it.each(['nl', 'en'] as const)(
    'parses back (%s) as a file without errors and without responses',
    (lang) => {
      const result = parseResponsesCsv(csvTemplate(q, lang), q);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.responses).toEqual([]);
      expect(result.problems).toHaveLength(q.groups.length); // one "no answers" warning per example row
    },
  );

  it('has group and every statement id as columns, and explains groups and statements', () => {
    const text = csvTemplate(q, 'nl');
    const header = text.split('\n').find((line) => !line.startsWith('#'));
    expect(header?.split(',')).toEqual([...headerOf(q), 'comment']);
    for (const g of q.groups) expect(text).toContain(g.label.nl);
    for (const s of q.statements) expect(text).toContain(s.text.nl);
  });
});
