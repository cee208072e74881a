import {
  monteCarloPart,
  shardRange,
  spreadAround,
  summariseMonteCarlo,
  type MonteCarloOptions,
} from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it, vi } from 'vitest';
import { CancelledError } from '../errors.js';
import { createNodePool } from './node-pool.js';

// Counts the tasks computed in this thread (worker threads load their own copy of the module).
const inThisThread = vi.hoisted(() => ({ tasks: 0 }));
vi.mock('./handle-pool-tasks.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./handle-pool-tasks.js')>();
  return {
    ...original,
    handlePoolTasks: (post: Parameters<typeof original.handlePoolTasks>[0]) => {
      const handle = original.handlePoolTasks(post);
      return (task: Parameters<typeof handle>[0]) => {
        inThisThread.tasks++;
        handle(task);
      };
    },
  };
});

const model = icuNetworkModel;
const base = {};
const options: MonteCarloOptions = {
  runs: 200,
  seed: 2026,
  spec: spreadAround(model, base, 0.2, 0.3),
  pattern: 'collaborationTakesOff',
};

describe('createNodePool (real worker threads)', () => {
  it('gives the same numbers with 1 worker, with 2 workers, and as two merged shards', async () => {
    const one = createNodePool({ workers: 1 });
    const two = createNodePool({ workers: 2 });
    try {
      const a = await one.monteCarlo({ model, base, options });
      const b = await two.monteCarlo({ model, base, options });
      expect(b).toEqual(a);
      expect(a).toEqual(monteCarloPart(model, base, options));
      const s1 = await two.monteCarlo({ model, base, options, ...shardRange(200, 1, 2) });
      const s2 = await two.monteCarlo({ model, base, options, ...shardRange(200, 2, 2) });
      const { mergeMonteCarloParts } = await import('@samenspel/core');
      expect(summariseMonteCarlo(mergeMonteCarloParts([s2, s1]))).toEqual(summariseMonteCarlo(a));
    } finally {
      one.dispose();
      two.dispose();
    }
  }, 60_000);

  it('with the calling thread computing too, gives the same numbers, and that thread takes tasks', async () => {
    const pool = createNodePool({ workers: 1, callingThread: true });
    try {
      // Small tasks, so the calling thread (which starts at once) takes several while the thread starts.
      inThisThread.tasks = 0;
      const part = await pool.monteCarlo({ model, base, options, taskRuns: 10 });
      expect(part).toEqual(monteCarloPart(model, base, options));
      expect(pool.size).toBe(2);
      expect(inThisThread.tasks).toBeGreaterThan(0);
      expect(inThisThread.tasks).toBeLessThanOrEqual(20);
    } finally {
      pool.dispose();
    }
  }, 60_000);

  it('refuses a pool of no threads', () => {
    expect(() => createNodePool({ workers: 0, callingThread: true })).toThrow(RangeError);
  });

  it('stops at once when aborted', async () => {
    const pool = createNodePool({ workers: 2 });
    const controller = new AbortController();
    const job = pool.monteCarlo(
      { model, base, options: { ...options, runs: 100_000 } },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done > 0) controller.abort();
        },
      },
    );
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    pool.dispose();
  }, 60_000);
});
