import { sweep1d, sweep2d } from '@samenspel/core';
import { CancelledError } from '@samenspel/runner';
import { describe, expect, it } from 'vitest';
import { createInPagePool } from '../../sim/in-page-pool.js';
import { defaultScenario, model } from '../../model.js';
import { FINAL_VARIABLE, TAKE_OFF } from './map-colours.js';
import { createPoolSearchRunner } from './pool-search-runner.js';
import { createChunkedRunner } from './search-runner.js';

const base = defaultScenario();
const x = { target: { kind: 'initial', factor: 'trust' }, from: 0, to: 1, steps: 5 } as const;
const y = { target: { kind: 'input', input: 'externalContext' }, from: 0, to: 1, steps: 4 } as const;
const outcome = { kind: 'final', variable: FINAL_VARIABLE } as const;

describe('the tipping runner on a run pool', () => {
  it('gives what the core’s sweep2d gives, for any number of workers', async () => {
    const want = sweep2d(model, base, x, y, outcome, { pattern: TAKE_OFF });
    for (const size of [1, 3]) {
      const runner = createPoolSearchRunner(createInPagePool(size), createChunkedRunner());
      const got = await runner.sweep({ model, base, x, y, outcome, pattern: TAKE_OFF });
      expect(Array.from(got.xValues)).toEqual(Array.from(want.xValues));
      expect(Array.from(got.yValues)).toEqual(Array.from(want.yValues));
      expect(Array.from(got.values)).toEqual(Array.from(want.values));
      expect(Array.from(got.present ?? [])).toEqual(Array.from(want.present ?? []));
    }
  });

  it('sweeps one axis, without pattern flags when none is asked', async () => {
    const runner = createPoolSearchRunner(createInPagePool(2), createChunkedRunner());
    const got = await runner.sweep({ model, base, x, outcome });
    const want = sweep1d(model, base, x, outcome);
    expect(Array.from(got.values)).toEqual(Array.from(want.values));
    expect(got.present).toBeUndefined();
    expect('yValues' in got).toBe(false);
  });

  it('reports progress up to every cell and stops when aborted', async () => {
    const runner = createPoolSearchRunner(createInPagePool(2), createChunkedRunner());
    const seen: number[] = [];
    await runner.sweep({ model, base, x, y, outcome }, { onProgress: (p) => seen.push(p.done) });
    expect(seen.at(-1)).toBe(20);
    const controller = new AbortController();
    const job = runner.sweep(
      { model, base, x, y, outcome },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(job).rejects.toBeInstanceOf(CancelledError);
  });
});
