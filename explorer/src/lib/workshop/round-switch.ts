import type { Intervention, Model, Scenario } from '@samenspel/core';
import { fullInterventions } from './plan-levers.js';

/**
 * What the workshop does when it turns to a round: `keep` the model as it is (the same round as
 * last time, e.g. on coming back to the view), `restart` from the round's values but keep the
 * levers (the same round, but the starting values were changed elsewhere), `apply` the round's
 * values and its plan's levers (nothing would be lost), or `ask` first, because the model holds
 * levers that no plan keeps.
 */
export type RoundSwitch = 'keep' | 'restart' | 'apply' | 'ask';

/** What {@link roundSwitch} weighs. */
export interface RoundSwitchInput {
  /** The round being turned to (region, round and its number of responses). */
  readonly key: string;
  /** The key of the round whose values the workshop last put into the model, or null. */
  readonly appliedKey: string | null;
  /** The levers in the model now. */
  readonly current: readonly Intervention[];
  /** The levers the round would bring (its latest plan's). */
  readonly target: readonly Intervention[];
  /** The levers the workshop last put into the model (null when it never did). */
  readonly applied: readonly Intervention[] | null;
  /** The levers of every plan stored with the region. */
  readonly saved: readonly (readonly Intervention[])[];
  /** The run length in months (defaults are filled in for it before comparing). */
  readonly horizon: number;
  /** True when the model starts from the round's values now (see {@link startsFrom}). */
  readonly startsFromRound: boolean;
}

/** The levers written out in full, as text, so two lists compare by content. */
export function leversKey(interventions: readonly Intervention[], horizon: number): string {
  return JSON.stringify(fullInterventions(interventions, horizon));
}

/**
 * Whether turning to a round may replace the model's levers at once. Levers are lost only when the
 * model holds some that differ from the round's, from those the workshop last put in and from
 * every saved plan: then the facilitator is asked.
 */
export function roundSwitch(input: RoundSwitchInput): RoundSwitch {
  if (input.key === input.appliedKey) return input.startsFromRound ? 'keep' : 'restart';
  if (input.current.length === 0) return 'apply';
  const current = leversKey(input.current, input.horizon);
  const known = [input.target, ...(input.applied === null ? [] : [input.applied]), ...input.saved];
  return known.some((k) => leversKey(k, input.horizon) === current) ? 'apply' : 'ask';
}

/**
 * True when `scenario` starts from the measured values `starting` (factor id → 0–1): each
 * measured factor's initial value (for an exogenous factor its input) is that value.
 */
export function startsFrom(
  model: Model,
  scenario: Scenario,
  starting: Readonly<Record<string, number>>,
): boolean {
  return model.factors.every((f) => {
    const v = starting[f.id];
    if (v === undefined || !Number.isFinite(v)) return true;
    const want = Math.min(1, Math.max(0, v));
    const have = f.exogenous ? scenario.inputs?.[f.id] : scenario.initial?.[f.id];
    return have === want;
  });
}
