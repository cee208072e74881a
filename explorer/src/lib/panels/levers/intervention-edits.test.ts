import type { Scenario } from '@samenspel/core';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { ScenarioStore } from '../../state/scenario-store.svelte.js';
import {
  addLever,
  fullIntervention,
  hasLever,
  horizonOf,
  intensityPercent,
  removeIntervention,
  setEndMonth,
  setIntensityPercent,
  setStartMonth,
} from './intervention-edits.js';

const one: Scenario = {
  horizonMonths: 48,
  interventions: [{ lever: 'startSmall', startMonth: 6, endMonth: 30, intensity: 0.5 }],
};

describe('intervention edits', () => {
  it('adds a lever for the whole run at full intensity', () => {
    const next = produce({ horizonMonths: 36 } as Scenario, addLever('transparency', 36));
    expect(next.interventions).toEqual([
      { lever: 'transparency', startMonth: 0, endMonth: 36, intensity: 1 },
    ]);
    expect(hasLever(next, 'transparency')).toBe(true);
    expect(hasLever(next, 'startSmall')).toBe(false);
  });

  it('clamps months to whole months in 0..horizon', () => {
    expect(produce(one, setStartMonth(0, -3, 48)).interventions?.[0]?.startMonth).toBe(0);
    expect(produce(one, setEndMonth(0, 99, 48)).interventions?.[0]?.endMonth).toBe(48);
    expect(produce(one, setEndMonth(0, 20.4, 48)).interventions?.[0]?.endMonth).toBe(20);
  });

  it('moves the other end along so an intervention never runs backwards', () => {
    expect(produce(one, setStartMonth(0, 40, 48)).interventions?.[0]).toMatchObject({
      startMonth: 40,
      endMonth: 40,
    });
    expect(produce(one, setEndMonth(0, 2, 48)).interventions?.[0]).toMatchObject({
      startMonth: 2,
      endMonth: 2,
    });
  });

  it('sets the intensity from a percentage, clamped to 0–100', () => {
    expect(produce(one, setIntensityPercent(0, 80)).interventions?.[0]?.intensity).toBe(0.8);
    expect(produce(one, setIntensityPercent(0, 150)).interventions?.[0]?.intensity).toBe(1);
    expect(produce(one, setIntensityPercent(0, -5)).interventions?.[0]?.intensity).toBe(0);
    expect(intensityPercent(0.8)).toBe(80);
  });

  it('changes nothing for an empty input or an unknown index', () => {
    expect(produce(one, setStartMonth(0, NaN, 48))).toBe(one);
    expect(produce(one, setEndMonth(3, 10, 48))).toBe(one);
    expect(produce(one, setIntensityPercent(0, NaN))).toBe(one);
    expect(produce(one, removeIntervention(5))).toBe(one);
  });

  it('removes an intervention', () => {
    expect(produce(one, removeIntervention(0)).interventions).toEqual([]);
  });

  it('fills in the engine defaults', () => {
    expect(fullIntervention({ lever: 'x' }, 60)).toEqual({
      lever: 'x',
      startMonth: 0,
      endMonth: 60,
      intensity: 1,
    });
    expect(horizonOf({})).toBe(60);
    expect(horizonOf({ horizonMonths: 24 })).toBe(24);
  });

  it('makes each edit one undoable step in the scenario store', () => {
    const store = new ScenarioStore();
    const horizon = horizonOf(store.current);
    store.update(addLever('startSmall', horizon));
    store.update(setEndMonth(0, 20, horizon));
    store.update(setIntensityPercent(0, 40));
    expect(store.current.interventions?.[0]).toEqual({
      lever: 'startSmall',
      startMonth: 0,
      endMonth: 20,
      intensity: 0.4,
    });
    store.undo();
    expect(store.current.interventions?.[0]?.intensity).toBe(1);
    store.undo();
    expect(store.current.interventions?.[0]?.endMonth).toBe(horizon);
    store.undo();
    expect(store.current.interventions).toEqual([]);
  });
});
