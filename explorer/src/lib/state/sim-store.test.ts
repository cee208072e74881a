import { resultToJson, simulate, type Scenario } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { model } from '../model.js';
import type { ExplorerRunner } from '../sim/explorer-runner.js';
import { SimStore } from './sim-store.svelte.js';

/** A same-thread runner that records which runs were asked for. */
function recordingRunner(calls: { name: string | undefined; loops: boolean }[]): ExplorerRunner {
  return {
    run(scenario: Scenario, compare, options = {}) {
      const loops = options.loops ?? true;
      calls.push({ name: scenario.name, loops });
      return Promise.resolve({
        main: resultToJson(simulate(model, scenario, { loops })),
        compare: compare.map((s) => resultToJson(simulate(model, s, { loops: false }))),
      });
    },
    dispose() {},
  };
}

describe('SimStore', () => {
  it('shows a quick run first and then the full run with loop analysis', async () => {
    const calls: { name: string | undefined; loops: boolean }[] = [];
    const store = new SimStore(recordingRunner(calls));
    await store.request({ name: 'a' });
    expect(calls).toEqual([
      { name: 'a', loops: false },
      { name: 'a', loops: true },
    ]);
    expect(store.result?.loops.length).toBeGreaterThan(0);
    expect(store.completed).toBe(2);
  });

  it('skips the full run of an edit that a newer edit replaced', async () => {
    const calls: { name: string | undefined; loops: boolean }[] = [];
    const store = new SimStore(recordingRunner(calls));
    const first = store.request({ name: 'a' });
    const second = store.request({ name: 'b' });
    await Promise.all([first, second]);
    expect(calls.filter((c) => c.loops)).toEqual([{ name: 'b', loops: true }]);
    expect(store.result?.scenario).toBe('b');
  });

  it('runs the scenario without its levers beside it when it has interventions', async () => {
    const store = new SimStore(recordingRunner([]));
    await store.request({ interventions: [{ lever: 'startSmall' }] });
    expect(store.withoutLevers).not.toBeNull();
    await store.request({});
    expect(store.withoutLevers).toBeNull();
  });
});

describe('SimStore.settled', () => {
  it('holds only full runs, for the side panels', async () => {
    const store = new SimStore(recordingRunner([]));
    await store.request({ name: 'a' });
    expect(store.settled?.loops.length).toBeGreaterThan(0);
    expect(store.settled).toBe(store.result);
  });
});
