import type { ActionPlan } from '@samenspel/assessment';
import { planProblems, type PlanProblem } from './plan-validation.js';

/**
 * The action plan being written in the workshop: the draft, whether the group already tried to
 * save it (problems are shown from then on) and the text of the last saved version (to tell
 * unsaved changes).
 */
export class PlanDraft {
  /** The plan as edited. */
  plan: ActionPlan;
  /** True once a save was attempted: from then on problems are shown as the group types. */
  attempted = $state(false);
  /** JSON of the plan as last saved, or null when it was never saved. */
  saved: string | null;

  /** Starts from `plan`; `stored` says whether it is already saved with the region. */
  constructor(plan: ActionPlan, stored: boolean) {
    this.plan = $state.raw(plan);
    this.saved = $state(stored ? JSON.stringify(plan) : null);
  }

  /** Every problem of `plan` (the plan as it would be saved). */
  problems(plan: ActionPlan): PlanProblem[] {
    return planProblems(plan);
  }

  /** True when `plan` differs from the version last saved. */
  dirty(plan: ActionPlan): boolean {
    return this.saved !== JSON.stringify(plan);
  }
}
