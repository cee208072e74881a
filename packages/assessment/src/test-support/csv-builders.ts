/**
 * Helpers for CSV tests: build a responses file from rows of cells, with any delimiter, line ending
 * and encoding, and encode text as Windows-1252 or UTF-16 bytes.
 */
import type { Questionnaire } from '@samenspel/core';
import Papa from 'papaparse';

import type { Answer, Response } from '../types.js';

/** Joins rows of cells into CSV text (cells quoted where needed). */
export function toCsv(rows: readonly (readonly string[])[], delimiter = ',', newline = '\n'): string {
  return Papa.unparse(
    rows.map((r) => [...r]),
    { delimiter, newline, quotes: false },
  );
}

/** The header cells of the template: group, then the statement ids. */
export const headerOf = (q: Questionnaire): string[] => ['group', ...q.statements.map((s) => s.id)];

/** The cells of one response, answers in statement order (null → empty cell). */
export function cellsOf(q: Questionnaire, response: Pick<Response, 'group' | 'answers'>): string[] {
  return [
    response.group,
    ...q.statements.map((s) => {
      const a = response.answers[s.id];
      return a === null || a === undefined ? '' : String(a);
    }),
  ];
}

/** Answers for every statement from a list in statement order. */
export function answersOf(q: Questionnaire, list: readonly Answer[]): Record<string, Answer> {
  return Object.fromEntries(q.statements.map((s, i) => [s.id, list[i] ?? null]));
}

/** Encodes text as Windows-1252 bytes (characters of Latin-1 only; others become '?'). */
export function windows1252(text: string): Uint8Array {
  // Code units suffice: every character Windows-1252 is used for here is in Latin-1.
  return Uint8Array.from(
    Array.from({ length: text.length }, (_, i) => {
      const code = text.charCodeAt(i);
      return code < 256 ? code : 63;
    }),
  );
}

/** Encodes text as UTF-16LE bytes with a byte order mark. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out;
}

/** UTF-8 bytes, optionally with a byte order mark. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
