import { findLeastIntervention, sweep2d } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../../model.js';
import { FINAL_VARIABLE, TAKE_OFF } from './map-colours.js';
import { CancelledError } from '@samenspel/runner';
import { createChunkedRunner } from './search-runner.js';

const base = defaultScenario();
const x = { target: { kind: 'initial', factor: 'trust' }, from: 0, to: 1, steps: 5 } as const;
const y = { target: { kind: 'input', input: 'externalContext' }, from: 0, to: 1, steps: 4 } as const;
const outcome = { kind: 'final', variable: FINAL_VARIABLE } as const;

describe('the chunked main-thread runner', () => {
  it('gives what the core’s sweep2d gives, reporting progress row by row', async () => {
    const progress: number[] = [];
    const got = await createChunkedRunner().sweep(
      { model, base, x, y, outcome, pattern: TAKE_OFF },
      { onProgress: (p) => progress.push(p.done) },
    );
    const want = sweep2d(model, base, x, y, outcome, { pattern: TAKE_OFF });
    expect(Array.from(got.values)).toEqual(Array.from(want.values));
    expect(Array.from(got.present ?? [])).toEqual(Array.from(want.present ?? []));
    expect(progress).toEqual([5, 10, 15, 20]);
  });

  it('sweeps one axis too', async () => {
    const got = await createChunkedRunner().sweep({ model, base, x, outcome });
    expect(got.values).toHaveLength(5);
    expect(got.present).toBeUndefined();
  });

  it('gives what the core’s findLeastIntervention gives', async () => {
    const options = { pattern: TAKE_OFF, mode: 'intensity', levers: ['startSmall', 'transparency'] } as const;
    const got = await createChunkedRunner().leastIntervention({ model, base, options });
    expect(got).toEqual(findLeastIntervention(model, base, options));
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const job = createChunkedRunner().sweep(
      { model, base, x, y, outcome },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(job).rejects.toBeInstanceOf(CancelledError);
  });
});
