import type { Action, ActionPlan } from '@samenspel/assessment';
import { isIsoDate } from '../regions/round-months.js';

/** The fields of an action a problem can be about. */
export type ActionField = 'text' | 'owner' | 'due' | 'lever';

/** Why a field is not accepted (stable codes; the words are in the `workshop` message catalogue). */
export type PlanProblemCode = 'required' | 'invalidDate' | 'unknownLever' | 'noActions';

/** One problem with an action plan. */
export interface PlanProblem {
  /** Id of the action, or null for the plan as a whole. */
  readonly action: string | null;
  /** 1-based position of the action in the plan (for messages), or null for the plan. */
  readonly position: number | null;
  /** The field, or null for the plan as a whole. */
  readonly field: ActionField | null;
  /** What is wrong. */
  readonly code: PlanProblemCode;
}

/**
 * The problems of one action: the action text, its owner and its due date are required (blank or
 * only spaces counts as missing), the due date must be a real yyyy-mm-dd date, and its lever, when
 * given, must be one of `levers` (the levers chosen for the plan).
 */
export function actionProblems(action: Action, position: number, levers: readonly string[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const at = (field: ActionField, code: PlanProblemCode): PlanProblem => ({
    action: action.id,
    position,
    field,
    code,
  });
  if (action.text.trim() === '') problems.push(at('text', 'required'));
  if (action.owner.trim() === '') problems.push(at('owner', 'required'));
  if (action.due.trim() === '') problems.push(at('due', 'required'));
  else if (!isIsoDate(action.due.trim())) problems.push(at('due', 'invalidDate'));
  if (action.lever !== null && !levers.includes(action.lever)) problems.push(at('lever', 'unknownLever'));
  return problems;
}

/**
 * Every problem of a plan, in action order: a plan needs at least one action, and each action is
 * checked with {@link actionProblems} against the levers of the plan's interventions.
 */
export function planProblems(plan: Pick<ActionPlan, 'actions' | 'interventions'>): PlanProblem[] {
  if (plan.actions.length === 0) return [{ action: null, position: null, field: null, code: 'noActions' }];
  const levers = plan.interventions.map((iv) => iv.lever);
  return plan.actions.flatMap((a, i) => actionProblems(a, i + 1, levers));
}

/** The problem of one field of one action, if any (to show beside the input). */
export function fieldProblem(
  problems: readonly PlanProblem[],
  action: string,
  field: ActionField,
): PlanProblem | undefined {
  return problems.find((p) => p.action === action && p.field === field);
}
