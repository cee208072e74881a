import type { Intervention } from '@samenspel/core';
import type { Action, ActionPlan } from '@samenspel/assessment';

/** An empty action: to be filled in by the group (not done yet, serving no particular lever). */
export function blankAction(id: string, lever: string | null = null): Action {
  return { id, text: '', owner: '', due: '', lever, done: false };
}

/** A new plan for a round, with the levers chosen and no actions yet. */
export function newPlan(
  id: string,
  roundId: string,
  created: string,
  interventions: readonly Intervention[],
): ActionPlan {
  return { id, roundId, created, interventions: [...interventions], actions: [] };
}

/** The plan with one more action at the end. */
export function addAction(plan: ActionPlan, action: Action): ActionPlan {
  return { ...plan, actions: [...plan.actions, action] };
}

/** The plan without the action `id` (unchanged when there is none). */
export function removeAction(plan: ActionPlan, id: string): ActionPlan {
  const actions = plan.actions.filter((a) => a.id !== id);
  return actions.length === plan.actions.length ? plan : { ...plan, actions };
}

/** The plan with fields of action `id` changed (unchanged when there is none). */
export function updateAction(plan: ActionPlan, id: string, change: Partial<Omit<Action, 'id'>>): ActionPlan {
  if (!plan.actions.some((a) => a.id === id)) return plan;
  return { ...plan, actions: plan.actions.map((a) => (a.id === id ? { ...a, ...change } : a)) };
}

/**
 * The plan with new interventions. Actions that served a lever no longer chosen keep their text
 * but serve no lever any more (so the plan stays valid without losing what was written).
 */
export function setInterventions(plan: ActionPlan, interventions: readonly Intervention[]): ActionPlan {
  const levers = new Set(interventions.map((iv) => iv.lever));
  return {
    ...plan,
    interventions: [...interventions],
    actions: plan.actions.map((a) => (a.lever !== null && !levers.has(a.lever) ? { ...a, lever: null } : a)),
  };
}

/** The latest plan of a round (by `created`, then by position), or null when it has none. */
export function latestPlanOf(plans: readonly ActionPlan[], roundId: string): ActionPlan | null {
  let best: ActionPlan | null = null;
  for (const p of plans) {
    if (p.roundId !== roundId) continue;
    if (best === null || p.created >= best.created) best = p;
  }
  return best;
}

/** The plans with `plan` in place of the one with its id, or added at the end. */
export function upsertPlan(plans: readonly ActionPlan[], plan: ActionPlan): ActionPlan[] {
  const i = plans.findIndex((p) => p.id === plan.id);
  if (i < 0) return [...plans, plan];
  return plans.map((p, j) => (j === i ? plan : p));
}
