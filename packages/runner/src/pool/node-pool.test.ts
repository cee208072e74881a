import {
  monteCarloPart,
  shardRange,
  spreadAround,
  summariseMonteCarlo,
  type MonteCarloOptions,
} from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../errors.js';
import { createNodePool } from './node-pool.js';

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
