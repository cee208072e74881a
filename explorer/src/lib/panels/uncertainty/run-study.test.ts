import { monteCarlo, spreadAround } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { CancelledError } from '@samenspel/runner';
import { describe, expect, it } from 'vitest';
import { createInPagePool } from '../../sim/in-page-pool.js';
import { runStudy, TAKE_OFF, type StudyRequest } from './run-study.js';

const pool = () => createInPagePool(2);

const request: StudyRequest = {
  model: icuNetworkModel,
  base: { initial: { trust: 0.45 }, inputs: { externalContext: 0.7 } },
  factor: 'trust',
  runs: 40,
  initialSpread: 0.15,
  parameterFraction: 0.2,
  source: 'amount',
  applied: null,
  seed: 1,
};

describe('runStudy', () => {
  it('gives the band and the share the core computes for the same spread, reporting progress up to 1', async () => {
    const seen: number[] = [];
    const study = await runStudy(pool(), request, (f) => seen.push(f), new AbortController().signal);
    const want = monteCarlo(icuNetworkModel, request.base, {
      runs: 40,
      seed: 1,
      spec: spreadAround(icuNetworkModel, request.base, 0.15, 0.2),
      pattern: TAKE_OFF,
      variables: ['trust'],
    });
    expect(study.band).toEqual(want.bands[0]);
    expect(study.result.share).toBe(want.share);
    expect(study.months).toHaveLength(61);
    expect(seen.at(-1)).toBe(1);
    expect(study.plan.source).toBe('amount');
  });

  it('draws the initial levels from the measured spread when asked to', async () => {
    const applied = {
      roundId: 'r',
      initial: { trust: 0.45 },
      spread: { trust: 0.2 },
      answered: { trust: 4 },
      appliedAt: 0,
    };
    const study = await runStudy(
      pool(),
      { ...request, source: 'assessment', applied },
      () => undefined,
      new AbortController().signal,
    );
    const spec = spreadAround(icuNetworkModel, request.base, 0.15, 0.2);
    const want = monteCarlo(icuNetworkModel, request.base, {
      runs: 40,
      seed: 1,
      spec: {
        ...spec,
        initial: { ...spec.initial, trust: { kind: 'normal', mean: 0.45, sd: 0.1, min: 0, max: 1 } },
      },
      pattern: TAKE_OFF,
      variables: ['trust'],
    });
    expect(study.band).toEqual(want.bands[0]);
    expect(study.plan.measured).toEqual(['trust']);
  });

  it('rejects with CancelledError when cancelled', async () => {
    const controller = new AbortController();
    const job = runStudy(pool(), { ...request, runs: 2000 }, () => controller.abort(), controller.signal);
    await expect(job).rejects.toBeInstanceOf(CancelledError);
  });
});
