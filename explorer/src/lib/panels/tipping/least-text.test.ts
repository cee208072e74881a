import { findLeastIntervention, simulate, type LeverSearchResult } from '@samenspel/core';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../../model.js';
import {
  addIntervention,
  bestSentence,
  interventionFor,
  leverOptions,
  optionLine,
  roundUpAmount,
} from './least-text.js';
import { TAKE_OFF } from './map-colours.js';
import { translator } from './test-translate.js';

const nl = translator('nl');

describe('the least we could do, as options', () => {
  it('rounds a searched value up to a whole percent or month, so it is still enough', () => {
    expect(roundUpAmount('intensity', 0.7625, 60)).toBe(77);
    expect(roundUpAmount('intensity', 0.35, 60)).toBe(35);
    expect(roundUpAmount('intensity', 0.001, 60)).toBe(1);
    expect(roundUpAmount('intensity', 1, 60)).toBe(100);
    expect(roundUpAmount('duration', 32.8125, 60)).toBe(33);
    expect(roundUpAmount('duration', 59.9, 50)).toBe(50);
  });

  it('writes the intervention out in full', () => {
    expect(interventionFor('startSmall', 'intensity', 35, 0, 60)).toEqual({
      lever: 'startSmall',
      startMonth: 0,
      endMonth: 60,
      intensity: 0.35,
    });
    expect(interventionFor('startSmall', 'duration', 33, 6, 60)).toEqual({
      lever: 'startSmall',
      startMonth: 6,
      endMonth: 39,
      intensity: 1,
    });
  });

  it('keeps the search order and names each lever', () => {
    const results: LeverSearchResult[] = [
      { lever: 'startSmall', enough: true, value: 0.345, intervention: null },
      { lever: 'transparency', enough: false, value: null, intervention: null },
    ];
    const options = leverOptions(model, results, 'intensity', 0, 60, 'nl');
    expect(options.map((o) => [o.name, o.enough, o.amount])).toEqual([
      ['Begin klein', true, 35],
      ['Wees transparant', false, null],
    ]);
    expect(options[0]?.intervention).toEqual({
      lever: 'startSmall',
      startMonth: 0,
      endMonth: 60,
      intensity: 0.35,
    });
    expect(optionLine(options[0]!, 'intensity', nl)).toBe('genoeg vanaf 35%');
    expect(optionLine(options[1]!, 'intensity', nl)).toBe('niet genoeg, ook niet op 100%');
    expect(optionLine(options[1]!, 'duration', nl)).toBe('niet genoeg, ook niet tot het eind');
  });

  it('says the top answer in a sentence', () => {
    const [best] = leverOptions(
      model,
      [{ lever: 'startSmall', enough: true, value: 0.35, intervention: null }],
      'intensity',
      0,
      60,
      'nl',
    );
    expect(bestSentence(best!, 'intensity', 0, false, nl)).toBe(
      'Met alleen ‘Begin klein’ op 35% intensiteit vanaf maand 0 komt de samenwerking op gang.',
    );
    expect(bestSentence({ ...best!, amount: 14 }, 'duration', 3, true, nl)).toBe(
      'Met daarnaast alleen ‘Begin klein’ op volle intensiteit gedurende 14 maanden vanaf maand 3 komt de samenwerking op gang.',
    );
  });

  it('adds an answer to the scenario, and the stalled default region then takes off', () => {
    const base = defaultScenario();
    expect(simulate(model, base, { loops: false }).summary.patterns[TAKE_OFF]?.present).toBe(false);
    for (const mode of ['intensity', 'duration'] as const) {
      const found = findLeastIntervention(model, base, { pattern: TAKE_OFF, mode });
      const options = leverOptions(model, found.results, mode, 0, 60, 'nl');
      const best = options[0];
      expect(best?.enough).toBe(true);
      const next = produce(base, addIntervention(best!.intervention!));
      expect(next.interventions).toHaveLength(1);
      expect(simulate(model, next, { loops: false }).summary.patterns[TAKE_OFF]?.present).toBe(true);
    }
  });
});
