import type { Language, Lever } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describeEffect } from '../format/effect.js';
import { chosenLanguage, flagValue, langFlag, listingFormatFlag } from '../options.js';
import type { Command } from './command.js';

/** The fixed words of the text listing, per language. */
const words = {
  nl: { mechanism: 'mechanisme', effects: 'Effecten (bij intensiteit v)', source: 'Bron', count: 'hefbomen' },
  en: { mechanism: 'mechanism', effects: 'Effects (at intensity v)', source: 'Source', count: 'levers' },
} as const satisfies Record<Language, Record<string, string>>;

/** A lever as printed by `levers --format json`: its texts in the chosen language. */
export function leverJson(lever: Lever, lang: Language) {
  return {
    id: lever.id,
    label: lever.label[lang],
    mechanism: lever.mechanism,
    description: lever.description[lang],
    effects: lever.effects,
    source: lever.source,
  };
}

/** A lever as a block of text: id and label, description, effects, source. */
export function leverText(lever: Lever, lang: Language): string {
  const w = words[lang];
  const mechanism = icuNetworkModel.mechanisms.find((m) => m.id === lever.mechanism);
  const mechanismName =
    mechanism === undefined ? lever.mechanism : `${lever.mechanism}: ${mechanism.label[lang]}`;
  return [
    `${lever.id} — ${lever.label[lang]} (${w.mechanism} ${mechanismName})`,
    `  ${lever.description[lang]}`,
    `  ${w.effects}: ${lever.effects.map(describeEffect).join('; ')}`,
    `  ${w.source}: ${lever.source.file}, ${lever.source.section}: "${lever.source.quote}"`,
  ].join('\n');
}

/** `samenspel levers`: the interventions of the ICU model. */
export const leversCommand: Command = {
  name: 'levers',
  summary: 'list the levers (interventions) of the ICU model, in Dutch or English',
  details: [
    'Every lever with its id (use it in a scenario\'s "interventions"), label, mechanism,',
    'description, effects in the model and source passage. text: one block per lever, then a',
    'count line. json: an array of { id, label, mechanism, description, effects, source } with',
    'label and description in the language of --lang.',
  ].join('\n'),
  args: { positionals: [], flags: { format: listingFormatFlag, lang: langFlag } },
  examples: ['levers', 'levers --lang en', 'levers --format json --lang en'],
  execute(args, io) {
    const lang = chosenLanguage(args);
    const levers = icuNetworkModel.levers;
    if (flagValue(args, 'format', listingFormatFlag) === 'json') {
      io.stdout(`${JSON.stringify(levers.map((l) => leverJson(l, lang)))}\n`);
    } else {
      const blocks = levers.map((l) => leverText(l, lang));
      io.stdout(`${blocks.join('\n\n')}\n\n${levers.length} ${words[lang].count}\n`);
    }
    return Promise.resolve(0);
  },
};
