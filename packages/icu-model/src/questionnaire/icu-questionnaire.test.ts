import { validateQuestionnaire, MIN_STATEMENTS_PER_FACTOR } from '@samenspel/core';
import { describe, expect, it } from 'vitest';

import { icuNetworkModel } from '../icu-network-model.js';
import { icuQuestionnaire } from './icu-questionnaire.js';

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

describe('the ICU questionnaire', () => {
  it('passes validation against the ICU model', () => {
    const result = validateQuestionnaire(icuNetworkModel, icuQuestionnaire);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('measures every factor of the model with at least two statements', () => {
    for (const factor of icuNetworkModel.factors) {
      const count = icuQuestionnaire.statements.filter((s) => s.factor === factor.id).length;
      expect(count, factor.id).toBeGreaterThanOrEqual(MIN_STATEMENTS_PER_FACTOR);
    }
  });

  it('holds 30 to 40 statements, readable in about 15 minutes', () => {
    const n = icuQuestionnaire.statements.length;
    expect(n).toBeGreaterThanOrEqual(30);
    expect(n).toBeLessThanOrEqual(40);
    // Reading at 200 words a minute plus 15 seconds of thinking per statement stays under 15 minutes.
    const dutchWords = icuQuestionnaire.statements.reduce((sum, s) => sum + words(s.text.nl), 0);
    const minutes = dutchWords / 200 + (n * 15) / 60;
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('words some statements negatively, in several factors, to counter agreeing with everything', () => {
    const reversed = icuQuestionnaire.statements.filter((s) => s.reversed === true);
    expect(reversed.length).toBeGreaterThanOrEqual(6);
    expect(new Set(reversed.map((s) => s.factor)).size).toBeGreaterThanOrEqual(6);
    // No factor is measured by reversed statements only.
    for (const factor of new Set(reversed.map((s) => s.factor))) {
      expect(icuQuestionnaire.statements.some((s) => s.factor === factor && s.reversed !== true)).toBe(true);
    }
  });

  it('keeps statements short: one idea in at most 20 words, in both languages', () => {
    for (const s of icuQuestionnaire.statements) {
      expect(words(s.text.nl), s.id).toBeLessThanOrEqual(20);
      expect(words(s.text.en), s.id).toBeLessThanOrEqual(20);
      expect(s.text.nl).not.toBe(s.text.en);
    }
  });

  it('never speaks in the first person singular, so every group can answer the same sentence', () => {
    for (const s of icuQuestionnaire.statements) {
      expect(s.text.nl, s.id).not.toMatch(/(^|[^\p{L}])(ik|mij|mijn|me)([^\p{L}]|$)/iu);
      expect(s.text.en, s.id).not.toMatch(/(^|[^\p{L}])(I|me|my|mine)([^\p{L}]|$)/u);
    }
  });

  it('has the network as its only self group and five partner groups', () => {
    expect(icuQuestionnaire.groups.filter((g) => g.role === 'self').map((g) => g.id)).toEqual(['network']);
    expect(icuQuestionnaire.groups.filter((g) => g.role === 'partner').map((g) => g.id)).toEqual([
      'specialist',
      'icNurse',
      'management',
      'referrer',
      'other',
    ]);
  });

  it('survives a JSON round trip unchanged (plain data)', () => {
    expect(JSON.parse(JSON.stringify(icuQuestionnaire))).toEqual(icuQuestionnaire);
  });
});
