import { monteCarloPart, spreadAround, type MonteCarloOptions, type SearchProgress } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { CancelledError, RunnerDisposedError } from '../errors.js';
import { fakeWorkers } from '../test-support/fake-pool-workers.js';
import { createRunPool } from './run-pool.js';

const model = icuNetworkModel;
const base = { horizonMonths: 24 };
const options: MonteCarloOptions = {
  runs: 60,
  seed: 4,
  spec: spreadAround(model, base, 0.15, 0.2),
  pattern: 'collaborationTakesOff',
  variables: ['trust', 'collectiveIntelligence'],
  saveEvery: 6,
};

describe('createRunPool', () => {
  const direct = monteCarloPart(model, base, options);

  it('gives exactly the part a single-thread study gives, with 1 worker and with 3', async () => {
    for (const size of [1, 3]) {
      const fake = fakeWorkers();
      const pool = createRunPool(fake.spawn, size);
      const part = await pool.monteCarlo({ model, base, options, taskRuns: 7 });
      expect(part).toEqual(direct);
      expect(fake.tasks.length).toBe(size);
      pool.dispose();
    }
  });

  it('computes only the runs asked for', async () => {
    const pool = createRunPool(fakeWorkers().spawn, 2);
    const part = await pool.monteCarlo({ model, base, options, from: 20, to: 45 });
    expect(part).toEqual(monteCarloPart(model, base, options, 20, 45));
    pool.dispose();
  });

  it('sends the model to each worker once, then only its key', async () => {
    const fake = fakeWorkers();
    const pool = createRunPool(fake.spawn, 2);
    await pool.monteCarlo({ model, base, options, taskRuns: 5 });
    await pool.monteCarlo({ model, base, options, taskRuns: 5 });
    for (const tasks of fake.tasks) {
      expect(tasks.map((t) => t.model !== undefined)).toEqual(tasks.map((_t, i) => i === 0));
    }
    pool.dispose();
  });

  it('reports progress that only grows and ends at the total', async () => {
    const seen: SearchProgress[] = [];
    const pool = createRunPool(fakeWorkers().spawn, 2);
    await pool.monteCarlo(
      { model, base, options: { ...options, runs: 120 }, taskRuns: 30 },
      { onProgress: (p) => seen.push(p) },
    );
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: 120, total: 120 });
    expect(seen.length).toBeGreaterThan(4);
    pool.dispose();
  });

  it('rejects with CancelledError when aborted, stopping the busy workers', async () => {
    const fake = fakeWorkers();
    const pool = createRunPool(fake.spawn, 2);
    const controller = new AbortController();
    const job = pool.monteCarlo(
      { model, base, options: { ...options, runs: 400 }, taskRuns: 10 },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done >= 20) controller.abort();
        },
      },
    );
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    // The worker busy with this job was stopped, and no task of it was started after the abort.
    expect(fake.terminated()).toBeGreaterThanOrEqual(1);
    expect(fake.tasks.flat().length).toBeLessThan(10);
    // The pool still works afterwards, with fresh workers.
    await expect(pool.monteCarlo({ model, base, options })).resolves.toEqual(direct);
    pool.dispose();
  });

  it('rejects with the core’s error for a bad spec, and after dispose with RunnerDisposedError', async () => {
    const pool = createRunPool(fakeWorkers().spawn, 2);
    const bad = { ...options, spec: { initial: { trust: { kind: 'uniform', min: 0, max: 3 } } } } as const;
    await expect(pool.monteCarlo({ model, base, options: bad })).rejects.toThrow(/initial\.trust/);
    await expect(pool.monteCarlo({ model, base, options, from: 5, to: 5 })).rejects.toBeInstanceOf(
      RangeError,
    );
    pool.dispose();
    await expect(pool.monteCarlo({ model, base, options })).rejects.toBeInstanceOf(RunnerDisposedError);
  });
});
