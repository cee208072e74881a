import { describe, expect, it } from 'vitest';
import { model } from '../../model.js';
import { listQuantities, quantityByKey } from './quantities.js';
import { translator } from './test-translate.js';
import {
  formatNumber,
  formatValue,
  headline,
  lineFinding,
  lineSentence,
  nearestTransition,
  quantityName,
  runTakesOff,
} from './threshold-text.js';

const list = listQuantities(model);
const motivation = quantityByKey(list, 'initial.pioneerMotivation');
const turnover = quantityByKey(list, 'parameters.memberTurnover');
const uniform = quantityByKey(list, 'initial.*');
const xs = [0, 0.25, 0.5, 0.75, 1];

describe('reading a line sweep', () => {
  it('finds the change of take-off nearest to the region', () => {
    expect(nearestTransition(xs, [0, 0, 1, 1, 1], 0.1)).toEqual({ lo: 0.25, hi: 0.5, rising: true });
    expect(nearestTransition(xs, [1, 1, 0, 0, 0], 0.1)).toEqual({ lo: 0.25, hi: 0.5, rising: false });
    expect(nearestTransition(xs, [0, 1, 1, 0, 0], 0.9)).toEqual({ lo: 0.5, hi: 0.75, rising: false });
    expect(nearestTransition(xs, [0, 1, 1, 0, 0], null)).toEqual({ lo: 0, hi: 0.25, rising: true });
    expect(nearestTransition(xs, [0, 0, 0, 0, 0], 0.5)).toBeNull();
  });

  it('uses the located threshold for a rising change and the step middle otherwise', () => {
    const rising = { lo: 0.25, hi: 0.5, rising: true };
    expect(lineFinding([0, 0, 1], rising, 0.42)).toEqual({ kind: 'rising', at: 0.42, exact: true });
    expect(lineFinding([0, 0, 1], rising, null)).toEqual({ kind: 'rising', at: 0.375, exact: false });
    expect(lineFinding([1, 0], { ...rising, rising: false }, null)).toEqual({
      kind: 'falling',
      at: 0.375,
      exact: false,
    });
    expect(lineFinding([1, 1], null, null)).toEqual({ kind: 'none', present: true });
    expect(lineFinding([0, 0], null, null)).toEqual({ kind: 'none', present: false });
  });

  it('reads take-off from a run summary', () => {
    const run = (present: boolean) => ({ summary: { patterns: { collaborationTakesOff: { present } } } });
    expect(runTakesOff(run(true))).toBe(true);
    expect(runTakesOff(run(false))).toBe(false);
    expect(runTakesOff({ summary: { patterns: {} } })).toBe(false);
    expect(runTakesOff(null)).toBeNull();
  });
});

describe('the text alternative', () => {
  const nl = translator('nl');

  it('says whether the region takes off now', () => {
    expect(headline(false, nl)).toBe('Met uw huidige waarden komt de samenwerking niet op gang.');
    expect(headline(true, nl)).toBe('Met uw huidige waarden komt de samenwerking op gang.');
  });

  it('names the value from which collaboration takes off along a quantity', () => {
    expect(lineSentence(motivation, { kind: 'rising', at: 0.551, exact: true }, false, 'nl', nl)).toBe(
      'Met ‘Intrinsieke motivatie voortrekkers’ vanaf ca. 55 komt ze wel op gang (de rest gelijk).',
    );
    expect(lineSentence(motivation, { kind: 'rising', at: 0.3, exact: true }, true, 'nl', nl)).toBe(
      'Met ‘Intrinsieke motivatie voortrekkers’ onder ca. 30 komt ze niet meer op gang (de rest gelijk).',
    );
    expect(lineSentence(turnover, { kind: 'falling', at: 0.035, exact: false }, true, 'nl', nl)).toBe(
      'Met ‘Verloop van leden’ boven ca. 3,5 % per maand komt ze niet meer op gang (de rest gelijk).',
    );
    expect(lineSentence(uniform, { kind: 'none', present: false }, false, 'nl', nl)).toBe(
      'Alleen ‘Alle factoren (gelijke start)’ veranderen is niet genoeg: bij geen enkele waarde van 0 tot 100 komt ze op gang.',
    );
  });

  it('speaks English too', () => {
    const en = translator('en');
    expect(quantityName(motivation, 'en', en)).toBe('Intrinsic motivation of pioneers');
    expect(formatValue(turnover, 0.035, 'en', en)).toBe('3.5 % per month');
    expect(formatNumber(turnover, 0.007, 'en')).toBe('0.7');
    expect(formatNumber(turnover, 0.007, 'nl')).toBe('0,7');
    expect(lineSentence(motivation, { kind: 'rising', at: 0.551, exact: true }, false, 'en', en)).toBe(
      'With ‘Intrinsic motivation of pioneers’ at about 55 or more it does (all else equal).',
    );
    translator('nl');
  });
});
