import type { Intervention } from '@samenspel/core';
import type { PlanDraft } from './plan-draft.svelte.js';

/**
 * What the workshop remembers while the page is open, so leaving the view (to enter a round, to
 * explore) and coming back loses nothing: the round chosen per region, the step shown per round,
 * the action plan being written per round, and which round's values it last put into the model.
 */
export class WorkshopSession {
  /** The round chosen per region id. */
  rounds = $state<Record<string, string>>({});
  /** The step shown per round (key: region id and round id). */
  steps = $state<Record<string, number>>({});
  /** Key of the round whose values the workshop last put into the model, or null. */
  appliedKey: string | null = null;
  /** The levers it put into the model then. */
  appliedLevers: readonly Intervention[] | null = null;
  #drafts = new Map<string, PlanDraft>();

  /** The plan draft of a round (key: region id and round id), made by `make` the first time. */
  draft(key: string, make: () => PlanDraft): PlanDraft {
    const known = this.#drafts.get(key);
    if (known !== undefined) return known;
    const made = make();
    this.#drafts.set(key, made);
    return made;
  }

  /** True when some round has a plan draft with changes that are not saved. */
  unsaved(): boolean {
    return [...this.#drafts.values()].some((d) => d.plan.actions.length > 0 && d.dirty(d.plan));
  }
}

/** The workshop's memory for this page. */
export const workshopSession = new WorkshopSession();
