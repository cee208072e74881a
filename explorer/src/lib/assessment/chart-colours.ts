import { OTHERS_KEY } from './results-model.js';

/** Okabe–Ito colours (safe for colour-blind viewers) per result column, with a shape each. */
const COLOURS: Readonly<Record<string, string>> = {
  network: '#0072b2',
  specialist: '#b35900',
  icNurse: '#009e73',
  management: '#cc79a7',
  referrer: '#8a6d00',
  other: '#56b4e9',
  [OTHERS_KEY]: '#6b6b6b',
  all: '#1a1a1a',
};

/** The colour of a result column (group id, `others`, `all`); grey for an unknown one. */
export function columnColour(key: string): string {
  return COLOURS[key] ?? '#6b6b6b';
}
