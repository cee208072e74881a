import { DIAGNOSTIC_CODES, parseScenario, validateScenario, type DiagnosticParams } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages/scenario-problems.js';
import {
  FILE_PROBLEM_CODES,
  SHARE_LINK_PROBLEM_CODES,
  VALUE_KINDS,
  problemText,
  type Problem,
  type ProblemFormat,
  type ProblemSource,
} from './problems.js';
import { readShareHash } from './share-link.js';

const languages = ['nl', 'en'] as const;
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** Formats as the interface does in a language, without svelte-i18n: texts straight from the catalogue. */
const format = (lang: 'nl' | 'en'): ProblemFormat => ({
  number: (n) => new Intl.NumberFormat(lang, { maximumFractionDigits: 10 }).format(n),
  t: (key) => messages[lang][key] ?? `!${key}`,
});
const dutch = format('nl');

/** The text of a problem in a language, with every placeholder filled (failing when one is not). */
function render(problem: Problem, source: ProblemSource, lang: 'nl' | 'en' = 'nl'): string {
  const { key, values } = problemText(problem, source, format(lang));
  const text = messages[lang][key];
  if (text === undefined) throw new Error(`no ${lang} text for ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`${key} needs {${name}}, not among ${Object.keys(values).join(', ')}`);
    return value;
  });
}

describe('scenario problem texts', () => {
  it('has a Dutch and an English text for every diagnostic, share-link and file problem code', () => {
    for (const code of [...DIAGNOSTIC_CODES, ...SHARE_LINK_PROBLEM_CODES, ...FILE_PROBLEM_CODES])
      for (const lang of languages)
        expect(messages[lang][`scenarios.problem.${code}`], `${lang} ${code}`).toBeTruthy();
    for (const kind of VALUE_KINDS)
      for (const lang of languages) expect(messages[lang][`scenarios.kind.${kind}`]).toBeTruthy();
  });

  it('has the same keys and the same placeholders in Dutch and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    for (const [key, nl] of Object.entries(messages.nl))
      expect(placeholders(messages.en[key] ?? ''), key).toEqual(placeholders(nl));
  });

  it('words the general sentence of every code with only the field, when params are missing', () => {
    for (const code of [...DIAGNOSTIC_CODES, ...SHARE_LINK_PROBLEM_CODES, ...FILE_PROBLEM_CODES]) {
      const { key } = problemText({ code, path: 'initial.trust', message: 'x' }, 'file', dutch);
      expect(key).toBe(`scenarios.problem.${code}`);
      for (const lang of languages)
        expect(render({ code, path: 'initial.trust', message: 'x' }, 'file', lang)).not.toContain('{');
    }
    expect(render({ code: 'unknown_factor', path: 'initial.x', message: 'x' }, 'file')).toBe(
      '‘initial.x’ noemt een onbekende factor',
    );
  });

  it('words an out-of-range level in Dutch with a decimal comma, the limit it broke and no English', () => {
    const result = validateScenario(icuNetworkModel, { initial: { trust: 1.5, pioneerMotivation: -0.25 } });
    expect(result.ok).toBe(false);
    const texts = result.diagnostics.map((d) => [d.path, render(d, 'file')]);
    expect(texts).toContainEqual(['initial.trust', '1,5 is hoger dan het maximum van 1']);
    expect(texts).toContainEqual(['initial.pioneerMotivation', '-0,25 is lager dan het minimum van 0']);
    const english = result.diagnostics.map((d) => render(d, 'file', 'en'));
    expect(english).toContain('1.5 is above the maximum of 1');
  });

  it('gives every problem of a thoroughly bad scenario a full sentence with all placeholders filled', () => {
    const bad = {
      dt: 0,
      method: 'heun',
      horizonMonths: 2000,
      initial: { pioneerMotivation: 1.5, trsut: 0.5 },
      inputs: { networkObligation: 1.2, nobody: 0.5, trust: 0.5 },
      parameters: { memberTurnover: 99, nothing: 1 },
      interventions: [{ lever: 'beginKlein' }, { startMonth: 'soon' }],
      version: 2,
    };
    const result = validateScenario(icuNetworkModel, bad);
    expect(result.ok).toBe(false);
    for (const d of result.diagnostics) {
      const { key } = problemText(d, 'file', dutch);
      // Each of these carries the params of its full sentence: none falls back to the general one.
      expect(key, `${d.path} ${d.code}`).not.toBe(`scenarios.problem.${d.code}`);
      for (const lang of languages) expect(render(d, 'file', lang)).not.toMatch(/[{}]/);
    }
    const byPath = new Map(result.diagnostics.map((d) => [d.path, render(d, 'file')]));
    expect(byPath.get('method')).toBe('onbekende rekenmethode ‘heun’; gebruik ‘rk4’ of ‘euler’');
    expect(byPath.get('initial.trsut')).toBe('onbekende factor ‘trsut’');
    expect(byPath.get('dt')).toBe('moet groter zijn dan 0, maar is 0');
    expect(byPath.get('version')).toBe('onbekend veld ‘version’');
    expect(byPath.get('interventions[1].lever')).toBe('dit verplichte veld ontbreekt');
    expect(byPath.get('interventions[1].startMonth')).toBe('moet een getal zijn, maar is tekst: ‘soon’');
    expect(byPath.get('inputs.trust')).toContain('‘trust’ is een factor van het model');
    expect(byPath.get('horizonMonths')).toBe('2.000 is hoger dan het maximum van 1.200');
  });

  it('names the whole file, link or scenario when a problem has no field', () => {
    const json = parseScenario(icuNetworkModel, '{"dt": 0.25,');
    expect(json.ok).toBe(false);
    const d = json.ok ? undefined : json.diagnostics[0];
    if (d === undefined) throw new Error('expected an invalid_json diagnostic');
    expect(render(d, 'file')).toMatch(/^geen geldige JSON \(melding van de browser: .+\)$/);
    const notObject = validateScenario(icuNetworkModel, []);
    const doc = notObject.ok ? undefined : notObject.diagnostics[0];
    if (doc === undefined) throw new Error('expected an invalid_type diagnostic');
    expect(render(doc, 'link')).toBe('een scenario moet een JSON-object zijn (velden tussen accolades)');
    expect(render({ code: 'invalid_json', path: '', message: 'x' }, 'link')).toBe(
      'de link is geen geldige JSON',
    );
    expect(render({ code: 'invalid_json', path: '', message: 'x' }, 'scenario', 'en')).toBe(
      'the scenario is not valid JSON',
    );
  });

  it('words every way a share link can be broken in both languages', () => {
    const cases: [string, string][] = [
      ['#s=', 'de link bevat geen scenariogegevens'],
      ['#s=garbage', 'de linkgegevens zijn niet uit te pakken; de link is beschadigd of onvolledig'],
      ['#s=AAAA&v=7', 'linkversie ‘7’ wordt niet ondersteund; deze verkenner leest versie 1'],
    ];
    for (const [hash, text] of cases) {
      const read = readShareHash(hash, icuNetworkModel);
      if (read.kind !== 'refused') throw new Error(`${hash} was not refused`);
      expect(read.diagnostics.map((d) => render(d, 'link'))).toEqual([text]);
      for (const d of read.diagnostics) expect(render(d, 'link', 'en')).not.toBe(text);
    }
  });

  it('formats params as text: numbers in the language, ids and strings in quotes, lists joined', () => {
    const params: DiagnosticParams = { id: 'x', known: ['a', 'b'] };
    expect(render({ code: 'unknown_input', path: 'inputs.x', message: '', params }, 'file')).toBe(
      'onbekende invoer ‘x’; de invoeren zijn ‘a’, ‘b’',
    );
    expect(
      render({ code: 'file_too_large', path: '', message: '', params: { max: 1024 } }, 'file', 'en'),
    ).toBe('the file is larger than 1,024 kB');
  });
});
