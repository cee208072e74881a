import type { Scenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { CancelledError, RunnerDisposedError, WorkerError } from './errors.js';
import type { RunResponse } from './sim-runner.js';
import { inProcessWorker } from './test-support/in-process-worker.js';
import { createWorkerRunner } from './worker-runner.js';

const model = icuNetworkModel;
const region = (name: string, trust: number): Scenario => ({ name, horizonMonths: 24, initial: { trust } });
const bigSweep = {
  model,
  base: { horizonMonths: 60 },
  x: { target: { kind: 'uniformInitial' }, from: 0, to: 1, steps: 40 },
  y: { target: { kind: 'input', input: 'externalContext' }, from: 0, to: 1, steps: 40 },
  outcome: { kind: 'final', variable: 'trust' },
} as const;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const runsReceived = (received: { kind: string }[]) => received.filter((m) => m.kind === 'run').length;

describe('createWorkerRunner', () => {
  it('computes only the first and the last of 10 rapid runs; the others report superseded', async () => {
    const fake = inProcessWorker();
    const runner = createWorkerRunner(fake.worker);
    const requests = Array.from({ length: 10 }, (_, i) =>
      runner.run({ model, scenario: region(`r${i}`, i / 10) }),
    );
    const responses: RunResponse[] = await Promise.all(requests);
    expect(responses.map((r) => r.superseded)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(runsReceived(fake.received)).toBe(2);
    const names = responses.flatMap((r) => (r.superseded ? [] : [r.main.scenario]));
    expect(names).toEqual(['r0', 'r9']);
    runner.dispose();
  });

  it('sends each model object once and then names it by key', async () => {
    const fake = inProcessWorker();
    const runner = createWorkerRunner(fake.worker);
    for (let i = 0; i < 3; i++) await runner.run({ model, scenario: region(`r${i}`, 0.3), loops: false });
    const refs = fake.received.flatMap((m) => (m.kind === 'run' ? [m.payload.model] : []));
    expect(refs.map((r) => r.model !== undefined)).toEqual([true, false, false]);
    expect(new Set(refs.map((r) => r.key)).size).toBe(1);
    runner.dispose();
  });

  it('keeps working when more models are used than the worker keeps', async () => {
    const fake = inProcessWorker();
    const runner = createWorkerRunner(fake.worker, { modelCacheSize: 1 });
    const other = structuredClone(model);
    for (const m of [model, other, model, other]) {
      const r = await runner.run({ model: m, scenario: region('r', 0.3), loops: false });
      expect(r.superseded).toBe(false);
    }
    const refs = fake.received.flatMap((m) => (m.kind === 'run' ? [m.payload.model] : []));
    expect(refs.every((r) => r.model !== undefined)).toBe(true);
    expect(refs.slice(1).every((r) => r.forget?.length === 1)).toBe(true);
    runner.dispose();
  });

  it('answers runs while a long sweep is computing', async () => {
    const fake = inProcessWorker({ sliceMs: 2 });
    const runner = createWorkerRunner(fake.worker);
    const order: string[] = [];
    const sweep = runner
      .sweep({ ...bigSweep, y: { ...bigSweep.y, steps: 10 } })
      .then(() => order.push('sweep'));
    await pause(5);
    await runner.run({ model, scenario: region('r', 0.3) }).then(() => order.push('run'));
    await sweep;
    expect(order).toEqual(['run', 'sweep']);
    runner.dispose();
  });

  it('cancels a sweep: its promise rejects and the worker stops before finishing it', async () => {
    const fake = inProcessWorker({ sliceMs: 2 });
    const runner = createWorkerRunner(fake.worker);
    let progressed!: () => void;
    const firstProgress = new Promise<void>((resolve) => (progressed = resolve));
    const sweep = runner.sweep(bigSweep, { onProgress: () => progressed() });
    await firstProgress;
    runner.cancel();
    await expect(sweep).rejects.toBeInstanceOf(CancelledError);
    while (fake.received.at(-1)?.kind !== 'cancel') await pause(1);
    const postedAtCancel = fake.posted.length;
    await pause(30);
    expect(fake.posted.length).toBe(postedAtCancel);
    expect(fake.posted.some((m) => m.kind === 'done')).toBe(false);
    runner.dispose();
  });

  it('answers a run sent while a long batch computes, and cancels the batch on its signal', async () => {
    const fake = inProcessWorker({ sliceMs: 2 });
    const runner = createWorkerRunner(fake.worker);
    const controller = new AbortController();
    const runs = Array.from({ length: 200 }, (_, i) => ({
      scenario: region(`b${i}`, i / 200),
      loops: false,
    }));
    let progressed!: () => void;
    const firstProgress = new Promise<void>((resolve) => (progressed = resolve));
    const batch = runner.runBatch(
      { model, runs },
      { signal: controller.signal, onProgress: () => progressed() },
    );
    await firstProgress;
    const run = await runner.run({ model, scenario: region('between', 0.5), loops: false });
    expect(run.superseded).toBe(false);
    controller.abort();
    await expect(batch).rejects.toBeInstanceOf(CancelledError);
    expect(fake.posted.some((m) => m.kind === 'done' && m.job === 'batch')).toBe(false);
    runner.dispose();
  });

  it('cancels one job through its abort signal, leaving the others alone', async () => {
    const fake = inProcessWorker({ sliceMs: 2 });
    const runner = createWorkerRunner(fake.worker);
    const controller = new AbortController();
    const doomed = runner.sweep(bigSweep, { signal: controller.signal });
    const kept = runner.sweep({ ...bigSweep, y: { ...bigSweep.y, steps: 2 } });
    controller.abort();
    await expect(doomed).rejects.toBeInstanceOf(CancelledError);
    expect((await kept).values.length).toBe(80);
    runner.dispose();
  });

  it('on dispose rejects pending jobs, terminates the worker and ignores late answers', async () => {
    const fake = inProcessWorker();
    const runner = createWorkerRunner(fake.worker);
    const inFlight = runner.run({ model, scenario: region('a', 0.3) });
    const queued = runner.run({ model, scenario: region('b', 0.3) });
    const sweep = runner.sweep(bigSweep);
    runner.dispose();
    await expect(inFlight).rejects.toBeInstanceOf(RunnerDisposedError);
    await expect(queued).rejects.toBeInstanceOf(RunnerDisposedError);
    await expect(sweep).rejects.toBeInstanceOf(RunnerDisposedError);
    expect(fake.terminated()).toBe(true);
    await expect(runner.run({ model, scenario: region('c', 0.3) })).rejects.toBeInstanceOf(
      RunnerDisposedError,
    );
    runner.dispose();
  });

  it('rejects pending jobs with a WorkerError when the worker itself fails', async () => {
    const fake = inProcessWorker();
    const runner = createWorkerRunner(fake.worker);
    const run = runner.run({ model, scenario: region('a', 0.3) });
    fake.fail('script error');
    await expect(run).rejects.toBeInstanceOf(WorkerError);
    await expect(run).rejects.toThrow(/script error/);
    runner.dispose();
  });

  it('rejects a model that cannot be sent, and runs the next request', async () => {
    const fake = inProcessWorker();
    const runner = createWorkerRunner(fake.worker);
    const unsendable = { ...model, extra: () => 1 };
    await expect(runner.run({ model: unsendable, scenario: region('a', 0.3) })).rejects.toThrow();
    const ok = await runner.run({ model, scenario: region('b', 0.3) });
    expect(ok.superseded).toBe(false);
    runner.dispose();
  });
});
