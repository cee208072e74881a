import { icuQuestionnaire as q } from '@samenspel/icu-model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { responsesArb } from '../test-support/arbitraries.js';
import { toCsv, utf8 } from '../test-support/csv-builders.js';
import type { Answer, Response } from '../types.js';
import { csvTemplate } from './csv-template.js';
import { parseResponsesCsv } from './parse-responses-csv.js';

const runs = { numRuns: 150 };
const delimiterArb = fc.constantFrom(',', ';', '\t');
const dontKnowArb = fc.constantFrom('', '?', 'weet niet', 'n.v.t.', "don't know", 'n/a', 'N/A', 'Weet niet');

/** How a group may be written: its id or a label, in random case. */
function groupCellArb(id: string): fc.Arbitrary<string> {
  const group = q.groups.find((g) => g.id === id);
  const forms = group === undefined ? [id] : [group.id, group.label.nl, group.label.en];
  return fc
    .tuple(fc.constantFrom(...forms), fc.constantFrom('lower', 'upper', 'as is'))
    .map(([form, mode]) =>
      mode === 'lower' ? form.toLowerCase() : mode === 'upper' ? form.toUpperCase() : form,
    );
}

/** The template's comment lines and header, rewritten for a delimiter. */
function templateHead(lang: 'nl' | 'en', delimiter: string): string[] {
  const lines = csvTemplate(q, lang).split('\n');
  const header = lines.find((line) => !line.startsWith('#')) ?? '';
  // Survey tools often drop the optional comment column: the template's header without it.
  const cells = header.split(',').filter((cell) => cell !== 'comment');
  return [...lines.filter((line) => line.startsWith('#')), cells.join(delimiter)];
}

/** Cells for a response: group written in any accepted form, null answers as any don't-know token. */
function rowArb(response: Response): fc.Arbitrary<string[]> {
  return fc
    .tuple(
      groupCellArb(response.group),
      fc.tuple(
        ...q.statements.map((s) => {
          const a: Answer = response.answers[s.id] ?? null;
          return a === null ? dontKnowArb : fc.constant(String(a));
        }),
      ),
    )
    .map(([group, answers]) => [group, ...answers]);
}

const fileArb = fc
  .record({
    responses: responsesArb(q, 12),
    delimiter: delimiterArb,
    lang: fc.constantFrom<'nl' | 'en'>('nl', 'en'),
    newline: fc.constantFrom('\n', '\r\n'),
    form: fc.constantFrom('string', 'bytes', 'bytes with BOM'),
  })
  .chain((f) => fc.tuple(...f.responses.map(rowArb)).map((rows) => ({ ...f, rows })));

describe('parseResponsesCsv properties', () => {
  it('template → answers → CSV with any delimiter → parse gives back the same responses', () => {
    fc.assert(
      fc.property(fileArb, ({ responses, rows, delimiter, lang, newline, form }) => {
        const body = rows.length === 0 ? '' : `${newline}${toCsv(rows, delimiter, newline)}`;
        const text = `${templateHead(lang, delimiter).join(newline)}${body}${newline}`;
        const input = form === 'string' ? text : utf8(text, form === 'bytes with BOM');
        const result = parseResponsesCsv(input, q);
        expect(result.problems).toEqual([]);
        expect(result.delimiter).toBe(delimiter);
        expect(result.responses).toEqual(responses);
      }),
      runs,
    );
  });

  it('random garbage rows never throw and never cost a valid row', () => {
    const garbageArb = fc.string({ maxLength: 60 }).filter((s) => !/[\r\n]/.test(s));
    fc.assert(
      fc.property(
        fileArb,
        fc.array(fc.tuple(fc.nat(), garbageArb), { maxLength: 8 }),
        ({ responses, rows, delimiter }, garbage) => {
          // Interleave the garbage lines at random places among the valid rows.
          const lines = rows.map((cells) => ({ valid: true, text: toCsv([cells], delimiter) }));
          for (const [at, text] of garbage) lines.splice(at % (lines.length + 1), 0, { valid: false, text });
          const header = ['group', ...q.statements.map((s) => s.id)].join(delimiter);
          const text = [header, ...lines.map((l) => l.text)].join('\n');
          const result = parseResponsesCsv(text, q);
          const expected = lines.flatMap((line, i) => {
            if (!line.valid) return [];
            const response = responses[lines.slice(0, i).filter((l) => l.valid).length];
            return response === undefined ? [] : [{ ...response, id: `r${String(i + 1)}` }];
          });
          for (const response of expected) expect(result.responses).toContainEqual(response);
          for (const p of result.problems)
            expect(p.row === null || (p.row >= 1 && p.row <= lines.length)).toBe(true);
        },
      ),
      runs,
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = parseResponsesCsv(bytes, q);
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      runs,
    );
  });
});
