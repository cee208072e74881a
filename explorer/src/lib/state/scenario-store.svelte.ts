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

  /** Applies an edit. Edits that change nothing are not recorded. */
  update(recipe: (draft: Draft<Scenario>) => void): void {
    const next = produce(this.current, recipe);
    if (next === this.current) return;
    this.#record(next);
  }

  /** Replaces the whole scenario (loading, importing), as one undoable step. */
  replace(next: Scenario): void {
    if (next === this.current) return;
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
    const prev = this.#past.at(-1);
    if (prev === undefined) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [this.current, ...this.#future];
    this.current = prev;
  }

  /** Goes forward one undone edit. */
  redo(): void {
    const next = this.#future[0];
    if (next === undefined) return;
    this.#future = this.#future.slice(1);
    this.#past = [...this.#past, this.current];
    this.current = next;
  }
}
