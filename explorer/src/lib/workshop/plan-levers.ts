import type { Intervention, Model } from '@samenspel/core';
import { fullIntervention, type FullIntervention } from '../panels/levers/intervention-edits.js';
import { leverLabel } from '../panels/loops/loop-summary.js';
import type { Lang } from '../model.js';

/** A chosen lever as the plan and its print-out show it. */
export interface PlanLever extends FullIntervention {
  /** The lever's name in the interface language. */
  readonly label: string;
}

/** The interventions written out in full (defaults filled in for a run of `horizon` months). */
export function fullInterventions(
  interventions: readonly Intervention[],
  horizon: number,
): FullIntervention[] {
  return interventions.map((iv) => fullIntervention(iv, horizon));
}

/** The plan's levers with their names, in plan order. */
export function planLevers(
  model: Model,
  interventions: readonly Intervention[],
  horizon: number,
  lang: Lang,
): PlanLever[] {
  return fullInterventions(interventions, horizon).map((iv) => ({
    ...iv,
    label: leverLabel(model, iv.lever, lang),
  }));
}

/** The distinct levers of a plan (an action serves one of these), in plan order. */
export function distinctLevers(levers: readonly PlanLever[]): PlanLever[] {
  return levers.filter((l, i) => levers.findIndex((m) => m.lever === l.lever) === i);
}
