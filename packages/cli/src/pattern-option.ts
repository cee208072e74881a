import type { ParsedArgs } from './args.js';

/** The pattern that `sweep` and `montecarlo` look for unless `--pattern` names another. */
export const DEFAULT_PATTERN = 'collaborationTakesOff';

/** The pattern chosen with `--pattern ID|none`: {@link DEFAULT_PATTERN} when not given, undefined for `none`. */
export function chosenPattern(args: ParsedArgs): string | undefined {
  const pattern = args.flags.get('pattern') ?? DEFAULT_PATTERN;
  return pattern === 'none' ? undefined : pattern;
}
