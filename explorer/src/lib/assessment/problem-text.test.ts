import {
  CSV_PROBLEM_CODES,
  parseResponsesCsv,
  parseRegion,
  REGION_PROBLEM_CODES,
  type CsvProblem,
  type RegionProblem,
} from '@samenspel/assessment';
import { addMessages, format, init, locale } from 'svelte-i18n';
import { get } from 'svelte/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages/assessment.js';
import { csvProblemText, delimiterText, regionProblemText } from './problem-text.js';
import { questionnaire } from './questionnaire.js';

const LANGS = ['nl', 'en'] as const;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

beforeAll(async () => {
  addMessages('nl', messages.nl);
  addMessages('en', messages.en);
  await init({ fallbackLocale: 'nl', initialLocale: 'nl' });
});

/** A problem rendered in a language through svelte-i18n, as the components do. */
async function render(lang: 'nl' | 'en', key: string, values: Readonly<Record<string, string | number>>) {
  await locale.set(lang);
  return get(format)(key, { values });
}

const header = ['group', ...questionnaire.statements.map((s) => s.id)];
const row = (group: string, answer = '4') => [group, ...questionnaire.statements.map(() => answer)];
/** A file with problems of many kinds, among them a value outside the scale in row 2. */
const messyCsv = [
  [...header, 'naam', 'Tijdstempel'].join(';'),
  [...row('network'), 'Jan', 'x'].join(';'),
  [...row('icNurse').map((c, i) => (i === 2 ? '7' : c)), '', ''].join(';'),
  [...row('patients'), '', ''].join(';'),
  [...row('network', 'veel'), '', ''].join(';'),
  [...row('network'), '', ''].join(','),
  [...row('', '')].join(';'),
].join('\n');

describe('problem messages of the assessment library', () => {
  it('has a Dutch and an English text for every CSV problem code, with the same placeholders', () => {
    expect(CSV_PROBLEM_CODES.length).toBeGreaterThan(15);
    for (const code of CSV_PROBLEM_CODES) {
      const key = `assessment.csvCode.${code}`;
      const nl = messages.nl[key];
      const en = messages.en[key];
      expect(nl, key).toBeTypeOf('string');
      expect(en, key).toBeTypeOf('string');
      expect(nl).not.toBe(en);
      expect(placeholders(nl ?? ''), key).toEqual(placeholders(en ?? ''));
    }
  });

  it('has a Dutch and an English text for every region problem code, with the same placeholders', () => {
    expect(REGION_PROBLEM_CODES.length).toBeGreaterThan(15);
    for (const code of REGION_PROBLEM_CODES) {
      const key = `assessment.regionCode.${code}`;
      expect(messages.nl[key], key).toBeTypeOf('string');
      expect(messages.en[key], key).toBeTypeOf('string');
      expect(placeholders(messages.nl[key] ?? ''), key).toEqual(placeholders(messages.en[key] ?? ''));
    }
  });

  it('has no problem text the library cannot produce', () => {
    const codes = new Set<string>([
      ...CSV_PROBLEM_CODES.map((c) => `assessment.csvCode.${c}`),
      ...REGION_PROBLEM_CODES.map((c) => `assessment.regionCode.${c}`),
    ]);
    const keys = Object.keys(messages.nl).filter((k) => /^assessment\.(csv|region)Code\./.test(k));
    expect(keys.filter((k) => !codes.has(k))).toEqual([]);
  });

  it('renders real CSV problems in Dutch and English with their values filled in as text', async () => {
    const problems: CsvProblem[] = parseResponsesCsv(messyCsv, questionnaire).problems;
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThanOrEqual(6);
    for (const p of problems) {
      const { key, values } = csvProblemText(p);
      for (const lang of LANGS) {
        const text = await render(lang, key, values);
        expect(text, `${lang} ${p.code}`).not.toBe(key);
        expect(text).not.toMatch(/[{}]/);
        for (const name of placeholders(messages[lang][key] ?? ''))
          expect(text, `${lang} ${p.code} ${name ?? ''}`).toContain(String(values[name ?? '']));
      }
    }
    const outside = problems.find((p) => p.code === 'value_out_of_scale');
    expect(outside).toMatchObject({ row: 2 });
    const { key, values } = csvProblemText(outside as CsvProblem);
    expect(await render('nl', key, values)).toBe(
      'Waarde 7 valt buiten de schaal: antwoorden zijn hele getallen van 1 tot 5. Telt als ‘weet niet’.',
    );
  });

  it('renders region-file problems in Dutch with the value found', async () => {
    const result = parseRegion(
      JSON.stringify({
        format: 'samenspel-region',
        version: 1,
        region: {
          id: 'noord',
          name: 'Noord',
          rounds: [
            {
              id: 'm',
              label: 'M',
              date: '2026-01-01',
              month: 0,
              responses: [{ id: 'r1', group: 'network', answers: { trust1: 9 }, naam: 'Jan' }],
            },
          ],
          plans: [],
          scenarios: [],
        },
      }),
    );
    const problems: RegionProblem[] = result.ok ? [] : result.problems;
    const texts = await Promise.all(
      problems.map((p) => {
        const { key, values } = regionProblemText(p);
        return render('nl', key, values);
      }),
    );
    expect(texts).toEqual([
      'een antwoord moet 1, 2, 3, 4, 5 of null (weet niet) zijn, niet 9',
      'onbekend veld ‘naam’: een antwoord bevat alleen id, group, answers en comment (geen namen)',
    ]);
  });

  it('keeps markup in a value as text: the value is interpolated, never parsed', async () => {
    const problem = parseResponsesCsv(`${header.join(',')}\n${row('<b>x</b>').join(',')}`, questionnaire)
      .problems[0] as CsvProblem;
    const { key, values } = csvProblemText(problem);
    expect(await render('en', key, values)).toContain('‘<b>x</b>’');
  });

  it('shows a tab as the word and other delimiters in quotes', () => {
    expect(delimiterText('\t')).toBe('tab');
    expect(delimiterText(';')).toBe('‘;’');
  });
});
