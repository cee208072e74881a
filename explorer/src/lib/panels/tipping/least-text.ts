import type { Intervention, InterventionMeasure, LeverSearchResult, Model, Scenario } from '@samenspel/core';
import type { Draft } from 'immer';
import { tr, type Lang } from '../../model.js';
import type { Translate } from './threshold-text.js';

/** One lever's answer as the panel shows it: rounded up to a whole percent or month. */
export interface LeverOption {
  /** Lever id. */
  readonly lever: string;
  /** Lever name in the interface language. */
  readonly name: string;
  /** True when this lever on its own is enough. */
  readonly enough: boolean;
  /** Whole percent (intensity) or whole months (duration); null when not enough. */
  readonly amount: number | null;
  /** The intervention to add (with the rounded amount); null when not enough. */
  readonly intervention: Intervention | null;
}

/**
 * Rounds a searched least value up, so the rounded amount is still enough (more of a lever never
 * hurts): intensity to a whole percent (1–100), duration to whole months (at most `maxMonths`).
 */
export function roundUpAmount(mode: InterventionMeasure, value: number, maxMonths: number): number {
  if (mode === 'intensity') return Math.min(100, Math.max(1, Math.ceil(value * 100 - 1e-9)));
  return Math.min(maxMonths, Math.max(1, Math.ceil(value - 1e-9)));
}

/**
 * The intervention for a rounded amount, starting at `startMonth`, with every field written out
 * (as the levers panel writes them): in intensity mode it acts to the end of the run.
 */
export function interventionFor(
  lever: string,
  mode: InterventionMeasure,
  amount: number,
  startMonth: number,
  horizonMonths: number,
): Intervention {
  return mode === 'intensity'
    ? { lever, startMonth, endMonth: horizonMonths, intensity: amount / 100 }
    : { lever, startMonth, endMonth: Math.min(horizonMonths, startMonth + amount), intensity: 1 };
}

/**
 * The search results as options for the region, in the core's order (least amount first, levers
 * that are not enough last). Amounts of different levers share a unit, not a cost.
 */
export function leverOptions(
  model: Model,
  results: readonly LeverSearchResult[],
  mode: InterventionMeasure,
  startMonth: number,
  horizonMonths: number,
  lang: Lang,
): LeverOption[] {
  return results.map((r) => {
    const lever = model.levers.find((l) => l.id === r.lever);
    const name = lever === undefined ? r.lever : tr(lever.label, lang);
    if (!r.enough || r.value === null) {
      return { lever: r.lever, name, enough: false, amount: null, intervention: null };
    }
    const amount = roundUpAmount(mode, r.value, horizonMonths - startMonth);
    return {
      lever: r.lever,
      name,
      enough: true,
      amount,
      intervention: interventionFor(r.lever, mode, amount, startMonth, horizonMonths),
    };
  });
}

/**
 * The top answer in a sentence, e.g. "Met alleen ‘Begin klein’ op 35% intensiteit vanaf maand 0
 * komt de samenwerking op gang." `extra`: the scenario already has interventions (the lever comes
 * on top of them).
 */
export function bestSentence(
  option: LeverOption,
  mode: InterventionMeasure,
  startMonth: number,
  extra: boolean,
  t: Translate,
): string {
  const values = { lever: option.name, amount: option.amount ?? 0, start: startMonth };
  return t(`tipping.least.best.${mode}${extra ? '.extra' : ''}`, { values });
}

/** One line of the list of levers: enough from what amount, or not enough even at the maximum. */
export function optionLine(option: LeverOption, mode: InterventionMeasure, t: Translate): string {
  if (!option.enough || option.amount === null) return t(`tipping.least.notEnough.${mode}`);
  return t(`tipping.least.enough.${mode}`, { values: { amount: option.amount } });
}

/** An edit that adds the intervention to the scenario (for `app.scenario.update`). */
export function addIntervention(intervention: Intervention): (draft: Draft<Scenario>) => void {
  return (draft) => {
    draft.interventions = [...(draft.interventions ?? []), intervention];
  };
}
