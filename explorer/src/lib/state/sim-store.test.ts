import { resultToJson, simulate, type Scenario } from '@samenspel/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { model } from '../model.js';
import { runQuickNow, type ExplorerRunner } from '../sim/explorer-runner.js';
import { runSteps, SimStore } from './sim-store.svelte.js';

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

/** The recording runner with a quick run on the calling thread that records its calls too. */
function recordingRunnerNow(
  calls: { name: string | undefined; loops: boolean; now?: true }[],
): ExplorerRunner {
  return {
    ...recordingRunner(calls),
    runNow(scenario, compare) {
      calls.push({ name: scenario.name, loops: false, now: true });
      return runQuickNow(scenario, compare);
    },
  };
}

describe('SimStore with a quick run on the calling thread', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the quick run before request returns, and the full run from the runner later', async () => {
    const calls: { name: string | undefined; loops: boolean; now?: true }[] = [];
    const store = new SimStore(recordingRunnerNow(calls));
    const done = store.request({ name: 'a' });
    expect(store.result?.scenario).toBe('a');
    expect(store.result?.loops).toEqual([]);
    expect(store.completed).toBe(1);
    await done;
    expect(calls).toEqual([
      { name: 'a', loops: false, now: true },
      { name: 'a', loops: true },
    ]);
    expect(store.result?.loops.length).toBeGreaterThan(0);
  });

  it('hands the quick run to the diagram two animation frames later, the full run at once', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const store = new SimStore(recordingRunnerNow([]));
    const done = store.request({ name: 'a' });
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

  it('gives the same numbers as the runner would', () => {
    const store = new SimStore(recordingRunnerNow([]));
    const scenario = { name: 'b', initial: { trust: 0.8 } };
    void store.request(scenario);
    expect(store.result?.series).toEqual(resultToJson(simulate(model, scenario, { loops: false })).series);
  });

  it('leaves long runs to the runner', async () => {
    const calls: { name: string | undefined; loops: boolean; now?: true }[] = [];
    const store = new SimStore(recordingRunnerNow(calls));
    const long = { name: 'long', horizonMonths: 600 };
    expect(runSteps(long)).toBeGreaterThan(SimStore.maxStepsNow);
    const done = store.request(long);
    expect(store.result).toBeNull();
    await done;
    expect(calls).toEqual([
      { name: 'long', loops: false },
      { name: 'long', loops: true },
    ]);
  });

  it('counts the run without levers towards the limit', () => {
    const calls: { name: string | undefined; loops: boolean; now?: true }[] = [];
    const store = new SimStore(recordingRunnerNow(calls));
    // 120 months at dt 0.25 is 480 steps, twice that with the comparison run: at the limit.
    void store.request({ horizonMonths: 120, interventions: [{ lever: 'startSmall' }] });
    expect(store.withoutLevers).not.toBeNull();
    void store.request({ horizonMonths: 121, interventions: [{ lever: 'startSmall' }] });
    expect(calls.filter((c) => c.now === true)).toHaveLength(1);
  });

  it('reports an invalid scenario as an error message', async () => {
    const store = new SimStore(recordingRunnerNow([]));
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
