import { describe, expect, it } from 'vitest';
import { ScenarioStore } from './scenario-store.svelte.js';

describe('ScenarioStore', () => {
  it('undoes and redoes edits in order', () => {
    const store = new ScenarioStore();
    const start = store.current;
    store.update((d) => {
      d.initial = { ...d.initial, trust: 0.9 };
    });
    store.update((d) => {
      d.horizonMonths = 24;
    });
    expect(store.current.initial?.trust).toBe(0.9);
    store.undo();
    expect(store.current.horizonMonths).toBe(60);
    expect(store.current.initial?.trust).toBe(0.9);
    store.undo();
    expect(store.current).toBe(start);
    expect(store.canUndo).toBe(false);
    store.redo();
    expect(store.current.initial?.trust).toBe(0.9);
    expect(store.canRedo).toBe(true);
  });

  it('does not record an edit that changes nothing, and a new edit clears redo', () => {
    const store = new ScenarioStore();
    store.update(() => {});
    expect(store.canUndo).toBe(false);
    store.update((d) => {
      d.name = 'A';
    });
    store.undo();
    store.update((d) => {
      d.name = 'B';
    });
    expect(store.canRedo).toBe(false);
    expect(store.current.name).toBe('B');
  });

  it('keeps scenarios frozen so history cannot be changed behind its back', () => {
    const store = new ScenarioStore();
    expect(Object.isFrozen(store.current)).toBe(true);
  });
});

describe('ScenarioStore while a slider is dragged', () => {
  it('makes one undo step of quick edits with the same key, and separate steps for other keys', () => {
    const store = new ScenarioStore();
    const start = store.current;
    for (const v of [0.3, 0.4, 0.5, 0.6]) {
      store.update(
        (d) => {
          d.initial = { ...d.initial, trust: v };
        },
        { coalesce: 'initial.trust' },
      );
    }
    store.update(
      (d) => {
        d.initial = { ...d.initial, pioneerMotivation: 0.9 };
      },
      { coalesce: 'initial.pioneerMotivation' },
    );
    store.undo();
    expect(store.current.initial?.trust).toBe(0.6);
    store.undo();
    expect(store.current).toBe(start);
    expect(store.canUndo).toBe(false);
  });

  it('starts a new undo step after the slider is let go, even with the same key at once', () => {
    const store = new ScenarioStore();
    const trust = (v: number) => (d: { initial?: Record<string, number> }) => {
      d.initial = { ...d.initial, trust: v };
    };
    store.update(trust(0.3), { coalesce: 'initial.trust' });
    store.update(trust(0.4), { coalesce: 'initial.trust' });
    store.endEdit();
    store.update(trust(0.7), { coalesce: 'initial.trust' });
    store.update(trust(0.8), { coalesce: 'initial.trust' });
    store.undo();
    expect(store.current.initial?.trust).toBe(0.4);
    store.undo();
    expect(store.canUndo).toBe(false);
  });
});
