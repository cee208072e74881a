import { InvalidScenarioError, type Scenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { afterEach, describe, expect, it } from 'vitest';
import { createDirectRunner } from './direct-runner.js';
import { RunnerDisposedError } from './errors.js';
import type { RunResults, SimRunner } from './sim-runner.js';
import { inProcessWorker } from './test-support/in-process-worker.js';
import { createWorkerRunner } from './worker-runner.js';

const model = icuNetworkModel;
const stalled: Scenario = {
  name: 'stalled',
  horizonMonths: 36,
  inputs: { externalContext: 0.5, networkObligation: 0.2 },
  initial: { trust: 0.2, pioneerMotivation: 0.2, collectiveIntelligence: 0.2 },
};
const helped: Scenario = {
  ...stalled,
  name: 'helped',
  interventions: [{ lever: 'startSmall', intensity: 1 }],
};

const makers: [string, () => SimRunner][] = [
  ['the direct runner', createDirectRunner],
  ['the worker runner', () => createWorkerRunner(inProcessWorker().worker)],
];

describe.each(makers)('%s', (_name, make) => {
  let runner: SimRunner;
  afterEach(() => {
    runner.dispose();
  });

  it('runs a scenario and its compare scenarios, loop analysis for the main one only by default', async () => {
    runner = make();
    const response = (await runner.run({ model, scenario: helped, compare: [stalled] })) as RunResults;
    expect(response.superseded).toBe(false);
    expect(response.main.scenario).toBe('helped');
    expect(response.main.loops.length).toBeGreaterThan(0);
    expect(response.main.summary.mechanisms.building?.dominantLoop).not.toBeNull();
    expect(response.compare.map((r) => r.scenario)).toEqual(['stalled']);
    expect(response.compare[0]?.loops).toEqual([]);
    expect(response.main.series.trust).toBeInstanceOf(Float64Array);
    expect(response.main.series.trust?.length).toBe(response.main.time.length);
  });

  it('rejects an invalid scenario with every diagnostic, compare paths prefixed, and keeps working', async () => {
    runner = make();
    const bad = runner.run({
      model,
      scenario: { ...stalled, initial: { trust: 2 } },
      compare: [{ inputs: { ghost: 0.5 } }],
    });
    await expect(bad).rejects.toBeInstanceOf(InvalidScenarioError);
    await expect(bad).rejects.toMatchObject({
      diagnostics: [
        expect.objectContaining({ path: 'initial.trust', code: 'out_of_range' }),
        expect.objectContaining({ path: 'compare[0].inputs.ghost', code: 'unknown_input' }),
      ],
    });
    const good = await runner.run({ model, scenario: stalled });
    expect(good.superseded).toBe(false);
  });

  it('rejects a search for an unknown lever as an error, not a crash', async () => {
    runner = make();
    const search = runner.leastIntervention({
      model,
      base: stalled,
      options: { pattern: 'collaborationTakesOff', mode: 'intensity', levers: ['ghost'] },
    });
    await expect(search).rejects.toThrow(/unknown lever 'ghost'/);
  });

  it('reports progress of a sweep up to its total', async () => {
    runner = make();
    const seen: number[] = [];
    const x = { target: { kind: 'uniformInitial' }, from: 0, to: 0.6, steps: 7 } as const;
    const result = await runner.sweep(
      { model, base: stalled, x, outcome: { kind: 'pattern', pattern: 'collaborationTakesOff' } },
      { onProgress: (p) => seen.push(p.done / p.total) },
    );
    expect(result.values.length).toBe(7);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((v, i) => v <= 1 && (i === 0 || v >= (seen[i - 1] as number)))).toBe(true);
  });

  it('runs a batch in order, each like a single run, with progress within its total', async () => {
    runner = make();
    const seen: number[] = [];
    const second = { scenario: helped, compare: [stalled], loops: false };
    const runs = [{ scenario: stalled, loops: false }, second];
    const batch = await runner.runBatch({ model, runs }, { onProgress: (p) => seen.push(p.done) });
    expect(batch.map((r) => r.main.scenario)).toEqual(['stalled', 'helped']);
    expect(batch[1]?.compare.map((r) => r.scenario)).toEqual(['stalled']);
    const single = (await runner.run({ model, ...second })) as RunResults;
    expect(batch[1]).toEqual(single);
    // Progress counts compare runs (3 in all); a worker reports it once per time slice.
    expect(seen.every((d, i) => d <= 3 && (i === 0 || d > (seen[i - 1] as number)))).toBe(true);
  });

  it('refuses a batch with an invalid scenario before running any, naming runs[i]', async () => {
    runner = make();
    const bad = runner.runBatch({
      model,
      runs: [{ scenario: stalled }, { scenario: stalled, compare: [{ initial: { trust: -1 } }] }],
    });
    await expect(bad).rejects.toBeInstanceOf(InvalidScenarioError);
    await expect(bad).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ path: 'runs[1].compare[0].initial.trust' })],
    });
  });

  it('locates a tipping point along an axis where the pattern starts to hold', async () => {
    runner = make();
    const axis = { target: { kind: 'uniformInitial' }, from: 0, to: 1 } as const;
    const at = await runner.locateThreshold({ model, base: stalled, axis, pattern: 'collaborationTakesOff' });
    expect(at).not.toBeNull();
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(1);
  });

  it('rejects every call after dispose', async () => {
    runner = make();
    runner.dispose();
    await expect(runner.run({ model, scenario: stalled })).rejects.toBeInstanceOf(RunnerDisposedError);
    await expect(
      runner.leastIntervention({
        model,
        base: stalled,
        options: { pattern: 'collaborationTakesOff', mode: 'duration' },
      }),
    ).rejects.toBeInstanceOf(RunnerDisposedError);
  });
});

describe('the direct and the worker runner', () => {
  it('give identical results for runs, batches, sweeps and searches', async () => {
    const direct = createDirectRunner();
    const worker = createWorkerRunner(inProcessWorker().worker);
    const run = { model, scenario: helped, compare: [stalled] };
    const x = { target: { kind: 'uniformInitial' }, from: 0.1, to: 0.5, steps: 5 } as const;
    const y = { target: { kind: 'input', input: 'externalContext' }, from: 0.2, to: 0.9, steps: 3 } as const;
    const sweep1 = { model, base: stalled, x, outcome: { kind: 'final', variable: 'trust' } } as const;
    const sweep2 = { ...sweep1, y, pattern: 'collaborationTakesOff' };
    const least = {
      model,
      base: { ...stalled, horizonMonths: 60 },
      options: {
        pattern: 'collaborationTakesOff',
        mode: 'intensity',
        levers: ['startSmall', 'regionalStaff', 'transparency'],
      },
    } as const;
    const [d, w] = await Promise.all(
      [direct, worker].map(async (r) => ({
        run: await r.run(run),
        sweep1: await r.sweep(sweep1),
        sweep2: await r.sweep(sweep2),
        least: await r.leastIntervention(least),
        batch: await r.runBatch({ model, runs: [run, { scenario: stalled, loops: false }] }),
        threshold: await r.locateThreshold({
          model,
          base: stalled,
          axis: { target: x.target, from: 0, to: 1 },
          pattern: 'collaborationTakesOff',
        }),
      })),
    );
    expect(w).toEqual(d);
    expect(d?.sweep2.present?.length).toBe(15);
    expect(d?.least.best).not.toBeNull();
    direct.dispose();
    worker.dispose();
  });
});
