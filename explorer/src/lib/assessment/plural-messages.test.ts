import { addMessages, format, init, locale } from 'svelte-i18n';
import { get } from 'svelte/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages as assessment } from '../i18n/messages/assessment.js';
import { messages as workshop } from '../i18n/messages/workshop.js';

const LANGS = ['nl', 'en'] as const;
/** Plural nouns that must never follow the number 1 (or singular ones the number 2). */
const PLURALS =
  /\b1 (deelnemers|antwoorden|stellingen|rijen|respondenten|punten|factoren|metingen|respondents|responses|statements|rows|points|factors|answers|rounds)\b/;
const SINGULARS =
  /\b2 (deelnemer|antwoord|stelling|rij|respondent|punt|factor|meting|response|statement|row|point|answer|round)\b/;

beforeAll(async () => {
  for (const lang of LANGS) {
    addMessages(lang, assessment[lang]);
    addMessages(lang, workshop[lang]);
  }
  await init({ fallbackLocale: 'nl', initialLocale: 'nl' });
});

/** Every message's top-level arguments, each set to `n`. */
function valuesFor(text: string, n: number): Record<string, number> {
  return Object.fromEntries([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => [m[1] ?? '', n]));
}

describe('counted nouns in the assessment and workshop messages', () => {
  for (const lang of LANGS) {
    it(`agree with their number in ${lang} (1 takes the singular, 2 the plural)`, async () => {
      await locale.set(lang);
      const t = get(format);
      const texts = { ...assessment[lang], ...workshop[lang] };
      const wrong: string[] = [];
      for (const [key, text] of Object.entries(texts)) {
        const one = t(key, { values: valuesFor(text, 1) });
        const two = t(key, { values: valuesFor(text, 2) });
        if (PLURALS.test(one)) wrong.push(`${key}: ${one}`);
        if (SINGULARS.test(two)) wrong.push(`${key}: ${two}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('says "1 deelnemer klaar" in the facilitator bar, not "1 deelnemers"', async () => {
    await locale.set('nl');
    expect(get(format)('assessment.facilitatorFor', { values: { round: 'Nulmeting', n: 1 } })).toBe(
      'Meting ‘Nulmeting’ · 1 deelnemer klaar in deze sessie',
    );
  });
});
