import { locateThreshold, simulate } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineToCsv, PATTERN, report, tippingStudy, X_AXIS, Y_AXIS } from './tipping.js';

const region = JSON.parse(readFileSync(new URL('region.json', import.meta.url), 'utf8')) as object;

describe('the tipping sweep example', () => {
  const study = tippingStudy(icuNetworkModel, region);

  it('maps 17 × 11 runs and finds, per context, a start that takes off while just below it does not', () => {
    expect(study.map.values).toHaveLength(17 * 11);
    const j = 8;
    const context = study.line.yValues[j] as number;
    const t = study.line.thresholds[j];
    expect(t).not.toBeNull();
    const base = { ...region, inputs: { externalContext: context } };
    expect(t).toBe(locateThreshold(icuNetworkModel, base, X_AXIS, PATTERN));
    expect(Y_AXIS.steps).toBe(11);
  });

  it('gives a threshold for a global parameter at which the region does take off', () => {
    const found = study.parameters.find((p) => p.threshold !== null);
    if (found === undefined) return;
    const run = simulate(
      icuNetworkModel,
      { ...region, parameters: { [found.id]: found.threshold as number } },
      { loops: false },
    );
    expect(run.summary[PATTERN]).toBe(true);
  });

  it('draws one text row per context value and writes the line as CSV', () => {
    const text = report(study);
    expect(text.match(/^context /gm)).toHaveLength(11);
    expect(lineToCsv(study.line).trimEnd().split('\n')).toHaveLength(12);
  });
});
