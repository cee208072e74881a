import { modelToXmile, simulate, xmileName, type Scenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { PEER_SCENARIOS, stockIds } from './scenarios.js';
import { compileWithSde } from './sdeverywhere.js';

/** Largest absolute difference allowed between our run and SDEverywhere's (Euler, same dt). */
const TOLERANCE = 1e-9;

const ids = stockIds(icuNetworkModel);

async function largestDifference(scenario: Scenario): Promise<{ worst: number; rows: number }> {
  const ours = simulate(icuNetworkModel, scenario, { loops: false });
  const sde = await compileWithSde(modelToXmile(icuNetworkModel, scenario), ids.map(xmileName));
  const theirs = sde.series();
  let worst = 0;
  for (const id of ids) {
    const a = ours.series[id];
    const b = theirs[xmileName(id)];
    if (a === undefined || b === undefined) throw new Error(`no series for ${id}`);
    expect(b.length, `points of ${id}`).toBe(a.length);
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  }
  return { worst, rows: ours.time.length };
}

describe('the exported ICU model compiled by SDEverywhere (Euler)', () => {
  for (const [name, base] of Object.entries(PEER_SCENARIOS)) {
    it(`gives our trajectories within ${String(TOLERANCE)} in scenario "${name}"`, async () => {
      const { worst, rows } = await largestDifference({
        ...base,
        method: 'euler',
        dt: 0.25,
        horizonMonths: 60,
      });
      expect(rows).toBe(241);
      expect(worst).toBeLessThanOrEqual(TOLERANCE);
    });
  }

  it('agrees with a coarser step too (dt 1, 120 months)', async () => {
    const scenario = {
      ...PEER_SCENARIOS['levers and input changes'],
      method: 'euler',
      dt: 1,
      horizonMonths: 120,
    } as const;
    const { worst, rows } = await largestDifference(scenario);
    expect(rows).toBe(121);
    expect(worst).toBeLessThanOrEqual(TOLERANCE);
  });

  it('differs measurably when the scenario differs (the check can fail)', async () => {
    const scenario: Scenario = { method: 'euler' };
    const ours = simulate(icuNetworkModel, { ...scenario, initial: { trust: 0.5 } }, { loops: false });
    const sde = await compileWithSde(modelToXmile(icuNetworkModel, scenario), [xmileName('trust')]);
    const theirs = sde.series()[xmileName('trust')];
    expect(Math.abs((theirs?.[10] ?? 0) - (ours.series['trust']?.[10] ?? 0))).toBeGreaterThan(1e-3);
  });
});
