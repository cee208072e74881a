import { describe, expect, it } from 'vitest';
import { model } from '../model.js';
import { ScenarioStore } from '../state/scenario-store.svelte.js';
import { restoreStartingValues } from './restore-starting-values.js';

const factor = model.factors.find((f) => !f.exogenous && f.initial !== 0.42);
if (factor === undefined) throw new Error('the model changed');
const values = { roundId: 'r', initial: { [factor.id]: 0.42 }, spread: {}, answered: {}, appliedAt: 0 };

describe('restoreStartingValues', () => {
  it('starts from the region’s values as one undoable step', () => {
    const store = new ScenarioStore();
    expect(restoreStartingValues(store, model, values, false)).toBe(true);
    expect(store.current.initial?.[factor.id]).toBe(0.42);
    store.undo();
    expect(store.current.initial?.[factor.id]).toBe(factor.initial);
  });

  it('leaves a shared scenario and a region without values alone', () => {
    const store = new ScenarioStore();
    expect(restoreStartingValues(store, model, values, true)).toBe(false);
    expect(restoreStartingValues(store, model, null, false)).toBe(false);
    expect(store.canUndo).toBe(false);
  });
});
