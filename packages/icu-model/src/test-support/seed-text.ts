import { readFileSync } from 'node:fs';

/** Folds every run of white space into one space, as the quote check does. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of a seed document from ../shared/seeds beside the checkout, white space folded. */
export function seedText(file: string): string {
  return fold(readFileSync(new URL(`../../../../../shared/seeds/${file}`, import.meta.url), 'utf8'));
}
