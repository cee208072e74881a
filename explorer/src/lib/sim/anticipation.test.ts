import type { Scenario } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { Anticipation, scenarioKey, type Variants } from './anticipation.js';
import { createDirectExplorerRunner, type ExplorerRunner, type RunItem } from './explorer-runner.js';

/** A direct runner that records the names of the scenarios of each `runMany` job. */
function recording(): { runner: Pick<ExplorerRunner, 'runMany'>; jobs: string[][] } {
  const direct = createDirectExplorerRunner();
  const jobs: string[][] = [];
  return {
    jobs,
    runner: {
      runMany(items: readonly RunItem[], signal?: AbortSignal) {
        jobs.push(items.map((i) => i.scenario.name ?? ''));
        return direct.runMany(items, signal);
      },
    },
  };
}

/** `count` scenarios named v0…, trust 0, 0.1, …, as a slider's positions would be. */
function positions(count: number, from: number, id?: string): Variants {
  return {
    count,
    from,
    at: (i) => ({ name: `v${i}`, horizonMonths: 12, initial: { trust: i / 10 } }),
    ...(id === undefined ? {} : { id }),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const none = () => [];

describe('Anticipation', () => {
  it('runs every position, nearest to the control’s first, a chunk per job', async () => {
    const { runner, jobs } = recording();
    const ahead = new Anticipation(runner, none, { chunk: 2 });
    ahead.anticipate(positions(5, 3));
    await settle();
    expect(jobs).toEqual([['v3', 'v4'], ['v2', 'v1'], ['v0']]);
    expect(ahead.size).toBe(5);
  });

  it('finds a kept outcome by the scenario’s content, and misses others', async () => {
    const { runner } = recording();
    const ahead = new Anticipation(runner, none);
    ahead.anticipate(positions(3, 0));
    await settle();
    const same: Scenario = { name: 'v2', horizonMonths: 12, initial: { trust: 0.2 } };
    const hit = ahead.lookup(same);
    expect(hit?.main.scenario).toBe('v2');
    expect(hit?.main.series.trust?.[0]).toBeCloseTo(0.2, 12);
    expect(ahead.lookup({ ...same, initial: { trust: 0.25 } })).toBeUndefined();
  });

  it('runs the comparison scenarios the caller names beside each position', async () => {
    const { runner } = recording();
    const ahead = new Anticipation(runner, (s) => [{ ...s, name: `${s.name ?? ''} without` }]);
    ahead.anticipate(positions(2, 0));
    await settle();
    expect(ahead.lookup(positions(2, 0).at(1))?.compare.map((r) => r.scenario)).toEqual(['v1 without']);
  });

  it('does not run again what it keeps, nor a set it is already running', async () => {
    const { runner, jobs } = recording();
    const ahead = new Anticipation(runner, none, { chunk: 10 });
    ahead.anticipate(positions(3, 0, 'a'));
    ahead.anticipate(positions(3, 2, 'a'));
    await settle();
    expect(jobs).toEqual([['v0', 'v1', 'v2']]);
    ahead.anticipate(positions(5, 0, 'b'));
    await settle();
    expect(jobs.slice(1)).toEqual([['v3', 'v4']]);
  });

  it('cancels the job of a replaced plan and keeps at most its capacity, dropping the oldest', async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const direct = createDirectExplorerRunner();
    const runner = {
      runMany: (items: readonly RunItem[], signal?: AbortSignal) => {
        seen.push(signal);
        return direct.runMany(items, signal);
      },
    };
    const ahead = new Anticipation(runner, none, { chunk: 1, capacity: 2 });
    ahead.anticipate(positions(4, 0, 'first'));
    ahead.anticipate(positions(4, 3, 'second'));
    expect(seen[0]?.aborted).toBe(true);
    await settle();
    expect(ahead.size).toBe(2);
    const kept = [0, 1, 2, 3].filter((i) => ahead.lookup(positions(4, 0).at(i)) !== undefined);
    expect(kept).toEqual([0, 1]);
  });

  it('stops quietly when the runner refuses a position (the edit itself will say why)', async () => {
    const { runner, jobs } = recording();
    const ahead = new Anticipation(runner, none, { chunk: 1 });
    ahead.anticipate({ count: 3, from: 0, at: (i) => ({ name: `v${i}`, dt: i === 1 ? -1 : 0.25 }) });
    await settle();
    await settle();
    expect(jobs).toEqual([['v0'], ['v1']]);
    expect(ahead.size).toBe(1);
  });

  it('stops quietly when a position cannot be built', async () => {
    const { runner } = recording();
    const ahead = new Anticipation(runner, none, { chunk: 1 });
    ahead.anticipate({
      count: 3,
      from: 0,
      at: (i) => {
        if (i === 1) throw new Error('no such position');
        return { name: `v${i}` };
      },
    });
    await settle();
    expect(ahead.size).toBe(1);
  });

  it('keys a scenario by its JSON text', () => {
    expect(scenarioKey({ name: 'a', initial: { trust: 0.5 } })).toBe('{"name":"a","initial":{"trust":0.5}}');
  });
});
