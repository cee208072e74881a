import type { Scenario } from '@samenspel/core';
import { freeze, produce, type Draft } from 'immer';
import { defaultScenario } from '../model.js';

/**
 * The scenario being edited, with undo and redo. Each edit is an immer recipe producing a new,
 * frozen scenario; history keeps the previous ones (at most {@link ScenarioStore.limit}).
 */
export class ScenarioStore {
  /** How many edits undo can go back. */
  static readonly limit = 200;
  /** The current scenario (immutable; replace it through `update` or `replace`). */
  current = $state.raw<Scenario>(freeze(defaultScenario(), true));
  #past = $state.raw<readonly Scenario[]>([]);
  #future = $state.raw<readonly Scenario[]>([]);

  /** Edits with the same key less than this many milliseconds apart form one undo step. */
  static readonly coalesceMs = 1000;
  #lastKey: string | null = null;
  #lastAt = 0;

  /**
   * Applies an edit. Edits that change nothing are not recorded. Edits that pass the same
   * `coalesce` key in quick succession (a slider being dragged) become one undo step, until
   * {@link ScenarioStore.endEdit} (the slider let go).
   */
  update(recipe: (draft: Draft<Scenario>) => void, options: { coalesce?: string } = {}): void {
    const next = produce(this.current, recipe);
    if (next === this.current) return;
    const now = Date.now();
    const key = options.coalesce ?? null;
    const merge =
      key !== null &&
      key === this.#lastKey &&
      now - this.#lastAt < ScenarioStore.coalesceMs &&
      this.#past.length > 0;
    this.#lastKey = key;
    this.#lastAt = now;
    if (merge) {
      this.#future = [];
      this.current = next;
    } else this.#record(next);
  }

  /**
   * Ends the current run of coalesced edits (a slider let go), so that the next edit, even with the
   * same key and within {@link ScenarioStore.coalesceMs}, starts a new undo step.
   */
  endEdit(): void {
    this.#lastKey = null;
  }

  /** Replaces the whole scenario (loading, importing), as one undoable step. */
  replace(next: Scenario): void {
    if (next === this.current) return;
    this.#lastKey = null;
    this.#record(freeze(next, true));
  }

  #record(next: Scenario): void {
    this.#past = [...this.#past, this.current].slice(-ScenarioStore.limit);
    this.#future = [];
    this.current = next;
  }

  /** True when there is an edit to undo. */
  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  /** True when there is an undone edit to redo. */
  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Goes back one edit. */
  undo(): void {
    this.#lastKey = null;
    const prev = this.#past.at(-1);
    if (prev === undefined) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [this.current, ...this.#future];
    this.current = prev;
  }

  /** Goes forward one undone edit. */
  redo(): void {
    this.#lastKey = null;
    const next = this.#future[0];
    if (next === undefined) return;
    this.#future = this.#future.slice(1);
    this.#past = [...this.#past, this.current];
    this.current = next;
  }
}
