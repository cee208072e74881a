import type { Lang } from '../../model.js';
import { tr } from '../../model.js';
import { TAKE_OFF } from './map-colours.js';
import { displayDigits, displayNumber, type Quantity } from './quantities.js';

/** A translation function as svelte-i18n's `$_` gives it (key, ICU values). */
export type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string;

/**
 * What happens to take-off along one quantity, with everything else at the region's values:
 * - `none`: the same everywhere along the quantity's range (`present`: takes off everywhere);
 * - `rising`: absent below `at`, present from `at` on (`exact`: located by bisection);
 * - `falling`: present below `at`, absent above it (located on the coarse line only).
 */
export type LineFinding =
  | { readonly kind: 'none'; readonly present: boolean }
  | { readonly kind: 'rising' | 'falling'; readonly at: number; readonly exact: boolean };

/** A change of take-off between two neighbouring values of a line sweep. */
export interface Transition {
  /** The value below the change. */
  readonly lo: number;
  /** The value above the change. */
  readonly hi: number;
  /** True when take-off starts going up (absent at `lo`, present at `hi`). */
  readonly rising: boolean;
}

/**
 * The change along a line sweep closest to the region's own value (`current`; with null, the
 * first change), or null when take-off is the same along the whole line.
 */
export function nearestTransition(
  xValues: ArrayLike<number>,
  present: ArrayLike<number>,
  current: number | null,
): Transition | null {
  let best: Transition | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < present.length; i++) {
    const a = present[i] === 1;
    const b = present[i + 1] === 1;
    if (a === b) continue;
    const lo = xValues[i] as number;
    const hi = xValues[i + 1] as number;
    const distance = current === null ? i : Math.abs((lo + hi) / 2 - current);
    if (distance < bestDistance) {
      best = { lo, hi, rising: b };
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The finding of a line once its transition is known: a rising change refined to `refined` (from
 * `locateThreshold`) when given; a falling one at the middle of its step.
 */
export function lineFinding(
  present: ArrayLike<number>,
  transition: Transition | null,
  refined: number | null,
): LineFinding {
  if (transition === null) return { kind: 'none', present: present[0] === 1 };
  if (transition.rising && refined !== null) return { kind: 'rising', at: refined, exact: true };
  return {
    kind: transition.rising ? 'rising' : 'falling',
    at: (transition.lo + transition.hi) / 2,
    exact: false,
  };
}

/** The name of a quantity in the interface language. */
export function quantityName(q: Quantity, lang: Lang, t: Translate): string {
  return q.label === null ? t('tipping.q.uniform') : tr(q.label, lang);
}

/** A value of a quantity as shown, without unit, in the language's number format (e.g. "55", "3,5"). */
export function formatNumber(q: Quantity, value: number, lang: Lang): string {
  const digits = displayDigits(q);
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(
    displayNumber(q, value, digits),
  );
}

/** A value of a quantity as shown, with its unit (e.g. "55", "3,5 % per maand"). */
export function formatValue(q: Quantity, value: number, lang: Lang, t: Translate): string {
  const number = formatNumber(q, value, lang);
  return q.unitKey === null ? number : `${number} ${t(q.unitKey)}`;
}

/** The opening sentence: does the region take off with its current values? */
export function headline(takesOff: boolean, t: Translate): string {
  return t(takesOff ? 'tipping.text.nowTakesOff' : 'tipping.text.nowStalls');
}

/**
 * One sentence on what changing only this quantity would do, e.g. "Met ‘Vertrouwen’ vanaf ca. 55
 * komt ze wel op gang (de rest gelijk)."
 */
export function lineSentence(
  q: Quantity,
  finding: LineFinding,
  takesOff: boolean,
  lang: Lang,
  t: Translate,
): string {
  const values = {
    q: quantityName(q, lang, t),
    from: formatValue(q, q.from, lang, t),
    to: formatValue(q, q.to, lang, t),
    v: finding.kind === 'none' ? '' : formatValue(q, finding.at, lang, t),
  };
  const state = takesOff ? 'takesOff' : 'stalls';
  const key =
    finding.kind === 'none'
      ? `tipping.text.${state}.none.${finding.present ? 'present' : 'absent'}`
      : `tipping.text.${state}.${finding.kind}`;
  return t(key, { values });
}

/** Whether a run shows take-off (null before the first run). */
export function runTakesOff(
  result: {
    readonly summary: { readonly patterns: Readonly<Record<string, { readonly present: boolean }>> };
  } | null,
): boolean | null {
  if (result === null) return null;
  return result.summary.patterns[TAKE_OFF]?.present === true;
}
