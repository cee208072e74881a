import { sweep1d, sweep2d, type Axis, type Outcome } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../errors.js';
import { createNodePool } from './node-pool.js';

const model = icuNetworkModel;
const base = { inputs: { externalContext: 0.6 } };
const x: Axis = { target: { kind: 'uniformInitial' }, from: 0, to: 1, steps: 7 };
const y: Axis = { target: { kind: 'input', input: 'externalContext' }, from: 0.2, to: 1, steps: 5 };
const outcome: Outcome = { kind: 'final', variable: 'collectiveIntelligence' };
const options = { pattern: 'collaborationTakesOff' };

describe('RunPool.sweep (real worker threads)', () => {
  it("gives exactly sweep2d's values and flags with 1 and with 2 workers, and for a block of cells", async () => {
    const want = sweep2d(model, base, x, y, outcome, options);
    const one = createNodePool({ workers: 1 });
    const two = createNodePool({ workers: 2 });
    try {
      const a = await one.sweep({ model, base, axes: [x, y], outcome, options });
      const b = await two.sweep({ model, base, axes: [x, y], outcome, options, taskCells: 3 });
      for (const got of [a, b]) {
        expect(got.from).toBe(0);
        expect(got.to).toBe(35);
        expect([...got.values]).toEqual([...want.values]);
        expect([...(got.present ?? [])]).toEqual([...(want.present ?? [])]);
      }
      const block = await two.sweep({
        model,
        base,
        axes: [x, y],
        outcome,
        options,
        from: 9,
        to: 23,
        taskCells: 4,
      });
      expect([...block.values]).toEqual([...want.values.subarray(9, 23)]);
    } finally {
      one.dispose();
      two.dispose();
    }
  }, 60_000);

  it("gives sweep1d's values without a pattern, the calling thread computing too", async () => {
    const want = sweep1d(model, base, x, outcome);
    const pool = createNodePool({ workers: 1, callingThread: true });
    try {
      const got = await pool.sweep({ model, base, axes: [x], outcome, taskCells: 2 });
      expect([...got.values]).toEqual([...want.values]);
      expect(got.present).toBeUndefined();
    } finally {
      pool.dispose();
    }
  }, 60_000);

  it('rejects a range outside the grid and an unknown outcome', async () => {
    const pool = createNodePool({ workers: 1 });
    try {
      await expect(pool.sweep({ model, base, axes: [x], outcome, from: 0, to: 8 })).rejects.toThrow(
        /0 ≤ from < to ≤ 7/,
      );
      await expect(
        pool.sweep({ model, base, axes: [x], outcome: { kind: 'final', variable: 'noSuchFactor' } }),
      ).rejects.toThrow(/noSuchFactor/);
    } finally {
      pool.dispose();
    }
  }, 60_000);

  it('stops at once when aborted', async () => {
    const pool = createNodePool({ workers: 2 });
    const controller = new AbortController();
    const big: Axis = { ...x, steps: 2000 };
    const job = pool.sweep(
      { model, base, axes: [big, y], outcome, options, taskCells: 50 },
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
