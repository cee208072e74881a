import { csvTemplate, parseResponsesCsv } from '@samenspel/assessment';
import { describe, expect, it } from 'vitest';
import { csvBytes } from './csv-download.js';
import { questionnaire } from './questionnaire.js';

describe('csvBytes', () => {
  it('puts the UTF-8 byte-order mark in front of the UTF-8 text, once', () => {
    const bytes = csvBytes('rol\r\nRegiocoördinator\r\n');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // ö is two bytes in UTF-8 (C3 B6), not one as in Windows-1252.
    expect([...bytes.slice(3 + 'rol\r\nRegioco'.length, 3 + 'rol\r\nRegioco'.length + 2)]).toEqual([
      0xc3, 0xb6,
    ]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFrol\r\nRegiocoördinator\r\n',
    );
    expect([...csvBytes('\uFEFFa').slice(0, 6)]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
  });

  it('leaves the template readable by our own CSV reader', () => {
    const template = csvTemplate(questionnaire, 'nl');
    const plain = parseResponsesCsv(template, questionnaire);
    const marked = parseResponsesCsv(csvBytes(template), questionnaire);
    expect(marked.encoding).toBe('utf-8');
    expect(marked.responses).toEqual(plain.responses);
    expect(marked.problems).toEqual(plain.problems);
    expect(marked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
