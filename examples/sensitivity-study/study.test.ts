import { monteCarlo, uncertaintyProblems } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { report, studyOptions, studySpec, tornado } from './study.js';

const region = JSON.parse(readFileSync(new URL('region.json', import.meta.url), 'utf8')) as object;

describe('the sensitivity study example', () => {
  const result = tornado(icuNetworkModel, region);

  it('ranks every parameter and initial level of the model', () => {
    expect(result.rows.length).toBeGreaterThan(50);
    expect(result.rows[0]?.swing).toBeGreaterThan(0.01);
  });

  it('widens the three most influential parameters into valid triangular distributions', () => {
    const spec = studySpec(icuNetworkModel, region, result);
    expect(uncertaintyProblems(icuNetworkModel, spec)).toEqual([]);
    const top = result.rows.filter((r) => r.kind === 'parameter').slice(0, 3);
    for (const row of top) expect(spec.parameters?.[row.id]?.kind).toBe('triangular');
  });

  it('reports the share and a band row every 12 months', () => {
    const mc = monteCarlo(
      icuNetworkModel,
      region,
      studyOptions(studySpec(icuNetworkModel, region, result), 30),
    );
    const text = report(result, mc);
    expect(text).toContain(`collaboration takes off in ${mc.present} of 30 runs`);
    expect(text.match(/^ {4}0 | {3}60 /gm)).toHaveLength(2);
  });
});
