import { parseResponsesCsv } from '@samenspel/assessment';
import { describe, expect, it } from 'vitest';
import { csvReport } from './csv-report.js';
import { questionnaire } from './questionnaire.js';

describe('csvReport', () => {
  it('separates file problems from row problems and orders rows', () => {
    const report = csvReport({
      responses: [{ id: 'r1', group: 'network', answers: {} }],
      problems: [
        { code: 'unknown_column', params: {}, row: 3, column: 'a', message: 'x', severity: 'error' },
        { code: 'unknown_column', params: {}, row: null, message: 'file', severity: 'warning' },
        { code: 'unknown_column', params: {}, row: 2, column: 'group', message: 'y', severity: 'error' },
        { code: 'unknown_column', params: {}, row: 3, column: 'b', message: 'z', severity: 'warning' },
        { code: 'unknown_column', params: {}, row: 5, column: 'b', message: 'w', severity: 'warning' },
      ],
      delimiter: ';',
      encoding: 'utf-8',
    });
    expect(report.file.map((p) => p.message)).toEqual(['file']);
    expect(report.rows.map((r) => [r.row, r.problems.length])).toEqual([
      [2, 1],
      [3, 2],
      [5, 1],
    ]);
    expect(report.rowsWithErrors).toBe(2);
    expect(report.valid).toBe(1);
    expect(report.unusable).toBe(false);
  });

  it('calls a file without responses unusable', () => {
    expect(csvReport({ responses: [], problems: [], delimiter: ',', encoding: 'utf-8' }).unusable).toBe(true);
  });

  it('names the delimiter the rows were split with, a pipe as unsupported, and none when no column is known', () => {
    const q = questionnaire;
    const header = ['group', ...q.statements.map((st) => st.id)];
    const row = ['network', ...q.statements.map(() => '4')];
    const csv = (d: string) => [header.join(d), row.join(d)].join('\n');
    expect(csvReport(parseResponsesCsv(csv(';'), q)).delimiter).toEqual({ kind: 'found', char: ';' });
    expect(csvReport(parseResponsesCsv(csv('\t'), q)).delimiter).toEqual({ kind: 'found', char: '\t' });
    const piped = csvReport(parseResponsesCsv(csv('|'), q));
    expect(piped.delimiter).toEqual({ kind: 'unsupported', char: '|' });
    expect(piped.unusable).toBe(true);
    expect(csvReport(parseResponsesCsv('naam\nJan', q)).delimiter).toEqual({ kind: 'none' });
  });
});
