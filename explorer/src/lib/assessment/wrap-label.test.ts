import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { model } from '../model.js';
import { wrapLabel } from './wrap-label.js';

describe('wrapLabel', () => {
  it('keeps a short label on one line and breaks a long one at a space', () => {
    expect(wrapLabel('Vertrouwen', 28)).toEqual(['Vertrouwen']);
    expect(wrapLabel('Operationaliseren van de samenwerking', 28)).toEqual([
      'Operationaliseren van de',
      'samenwerking',
    ]);
  });

  it('shows every factor name of the model whole in two lines of 28 characters, in Dutch and English', () => {
    for (const f of model.factors)
      for (const text of [f.label.nl, f.label.en]) {
        const lines = wrapLabel(text, 28);
        expect(lines.length, text).toBeLessThanOrEqual(2);
        expect(lines.join(' '), text).toBe(text);
        for (const line of lines) expect(line.length, text).toBeLessThanOrEqual(28);
      }
  });

  it('ends the last line in … only when the text needs more lines than allowed', () => {
    expect(wrapLabel('een twee drie vier vijf', 9, 2)).toEqual(['een twee', 'drie vie…']);
    expect(wrapLabel('een twee drie vijfenzestig', 9, 2)).toEqual(['een twee', 'drie…']);
  });

  it('never loses or reorders words when the lines suffice (property)', () => {
    const word = fc.stringMatching(/^[a-zé]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 8, max: 30 }),
        (words, max) => {
          const text = words.join(' ');
          const lines = wrapLabel(text, max, 99);
          expect(lines.join(' ')).toBe(text);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
