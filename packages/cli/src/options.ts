import type { Language } from '@samenspel/core';
import type { FlagSpec } from './args.js';
import type { ParsedArgs } from './args.js';

/** `--format json|text` of the listing commands (loops, model, levers, parameters); text by default. */
export const listingFormatFlag: FlagSpec = {
  value: 'json|text',
  choices: ['json', 'text'],
  default: 'text',
  description: 'output format: readable text, or JSON for other tools',
};

/** `--lang nl|en`: the language of labels and descriptions; Dutch (the model's language) by default. */
export const langFlag: FlagSpec = {
  value: 'nl|en',
  choices: ['nl', 'en'],
  default: 'nl',
  description: 'language of labels and descriptions: Dutch (nl) or English (en)',
};

/** The value of a flag, or its default when it was not given. */
export function flagValue(args: ParsedArgs, name: string, spec: FlagSpec): string {
  return args.flags.get(name) ?? spec.default ?? '';
}

/** The language chosen with `--lang` (Dutch when not given). */
export function chosenLanguage(args: ParsedArgs): Language {
  return flagValue(args, 'lang', langFlag) === 'en' ? 'en' : 'nl';
}
