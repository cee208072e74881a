import { resultToJson, simulate, type Scenario } from '@samenspel/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { model } from '../model.js';
import type { Variants } from '../sim/anticipation.js';
import { createDirectExplorerRunner, type ExplorerRunner } from '../sim/explorer-runner.js';
import { runSteps, SimStore } from './sim-store.svelte.js';

/**
 * A same-thread runner that records which runs were asked for (`calls`) and the names in each
 * `runMany` job (`jobs`).
 */
function recordingRunner(
  calls: { name: string | undefined; loops: boolean }[],
  jobs: string[][] = [],
): ExplorerRunner {
  const direct = createDirectExplorerRunner();
  return {
    run(scenario: Scenario, compare, options = {}) {
      const loops = options.loops ?? true;
      calls.push({ name: scenario.name, loops });
      return Promise.resolve({
        main: resultToJson(simulate(model, scenario, { loops })),
        compare: compare.map((s) => resultToJson(simulate(model, s, { loops: false }))),
      });
    },
    runMany(items, signal) {
      jobs.push(items.map((i) => i.scenario.name ?? ''));
      return direct.runMany(items, signal);
    },
    dispose() {},
  };
}

describe('SimStore', () => {
  it('does not run a scenario longer than the explorer’s step limit, and says how long it is', async () => {
    const calls: { name: string | undefined; loops: boolean }[] = [];
    const store = new SimStore(recordingRunner(calls));
    await store.request({ name: 'a' });
    const shown = store.result;
    await store.request({ name: 'long', horizonMonths: 1200, dt: 0.01 });
    expect(calls.map((c) => c.name)).toEqual(['a', 'a']);
    expect(store.result).toBe(shown);
    expect(store.tooLong).toEqual({ steps: 120_000, horizon: 1200, dt: 0.01 });
    expect(store.tooLong?.steps).toBeGreaterThan(SimStore.maxSteps);
    // With levers the run without them counts too.
    const lever = model.levers[0]?.id ?? '';
    const interventions = [{ lever, startMonth: 0, endMonth: 12, intensity: 1 }];
    await store.request({ name: 'twice', horizonMonths: 600, dt: 0.02, interventions });
    expect(store.tooLong?.steps).toBe(60_000);
    await store.request({ name: 'b' });
    expect(store.tooLong).toBeNull();
    expect(calls.map((c) => c.name)).toEqual(['a', 'a', 'b', 'b']);
  });

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

  it('keeps the scenario the settled run was made for', async () => {
    const store = new SimStore(recordingRunner([]));
    const scenario = { name: 'a', initial: { trust: 0.7 } };
    await store.request(scenario);
    expect(store.settledScenario).toBe(scenario);
  });
});

/** Variants of `base` as a slider on trust would make them (trust 0, 0.1, …, 1), at position `from`. */
function trustSlider(base: Scenario, from = 5): Variants {
  return { count: 11, from, at: (i) => ({ ...base, initial: { ...base.initial, trust: i / 10 } }) };
}

/** Lets the anticipation's jobs (direct runs, answered at once) come back. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SimStore with quick runs made ahead', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows an anticipated quick run before request returns; only the full run is asked for', async () => {
    const calls: { name: string | undefined; loops: boolean }[] = [];
    const jobs: string[][] = [];
    const store = new SimStore(recordingRunner(calls, jobs));
    store.anticipate(trustSlider({ name: 'a' }));
    await settle();
    expect(jobs.flat()).toHaveLength(11);
    const done = store.request({ name: 'a', initial: { trust: 0.3 } });
    expect(store.result?.scenario).toBe('a');
    expect(store.result?.series.trust?.[0]).toBeCloseTo(0.3, 12);
    expect(store.result?.loops).toEqual([]);
    expect(store.completed).toBe(1);
    await done;
    expect(calls).toEqual([{ name: 'a', loops: true }]);
    expect(store.result?.loops.length).toBeGreaterThan(0);
  });

  it('asks the runner for a quick run it did not anticipate, and shows it after request yields', async () => {
    const calls: { name: string | undefined; loops: boolean }[] = [];
    const store = new SimStore(recordingRunner(calls));
    store.anticipate(trustSlider({ name: 'a' }));
    await settle();
    const done = store.request({ name: 'a', initial: { trust: 0.35 } });
    expect(store.result).toBeNull();
    await done;
    expect(calls).toEqual([
      { name: 'a', loops: false },
      { name: 'a', loops: true },
    ]);
  });

  it('hands an anticipated run to the diagram two animation frames later, the full run at once', async () => {
    const frames: (() => void)[] = [];
    const store = new SimStore(recordingRunner([]));
    store.anticipate(trustSlider({ name: 'a' }));
    await settle();
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const done = store.request({ name: 'a', initial: { trust: 0.5 } });
    expect(store.result?.scenario).toBe('a');
    expect(store.diagramResult).toBeNull();
    frames.shift()?.();
    expect(store.diagramResult).toBeNull();
    frames.shift()?.();
    expect(store.diagramResult).toBe(store.result);
    expect(store.diagramScenario?.name).toBe('a');
    await done;
    expect(store.result?.loops.length).toBeGreaterThan(0);
    expect(store.diagramResult).toBe(store.result);
  });

  it('gives the same numbers as a run asked for at the time', async () => {
    const store = new SimStore(recordingRunner([]));
    store.anticipate(trustSlider({ name: 'b', inputs: { externalContext: 0.8 } }));
    await settle();
    const scenario = { name: 'b', inputs: { externalContext: 0.8 }, initial: { trust: 0.8 } };
    void store.request(scenario);
    expect(store.result?.series).toEqual(resultToJson(simulate(model, scenario, { loops: false })).series);
  });

  it('does not anticipate long runs, counting the run without levers', async () => {
    const jobs: string[][] = [];
    const store = new SimStore(recordingRunner([], jobs));
    const long = { name: 'long', horizonMonths: 600 };
    expect(runSteps(long)).toBeGreaterThan(SimStore.maxStepsAnticipated);
    store.anticipate(trustSlider(long));
    // 120 months at dt 0.25 is 480 steps, twice that with the comparison run: at the limit.
    const levers = [{ lever: 'startSmall' }];
    store.anticipate(trustSlider({ name: 'at limit', horizonMonths: 120, interventions: levers }));
    await settle();
    store.anticipate(trustSlider({ name: 'over', horizonMonths: 121, interventions: levers }));
    await settle();
    expect(new Set(jobs.flat())).toEqual(new Set(['at limit']));
    void store.request({
      name: 'at limit',
      horizonMonths: 120,
      interventions: levers,
      initial: { trust: 0.2 },
    });
    expect(store.withoutLevers).not.toBeNull();
  });

  it('reports an invalid scenario as an error message', async () => {
    const store = new SimStore(recordingRunner([]));
    await store.request({ dt: -1 });
    expect(store.error).toMatch(/dt/);
  });
});

describe('runSteps', () => {
  it('divides the horizon by the time step, with the defaults of 60 months and 0.25', () => {
    expect(runSteps({})).toBe(240);
    expect(runSteps({ horizonMonths: 12, dt: 1 })).toBe(12);
  });
});
