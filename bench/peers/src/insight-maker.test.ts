import { modelToXmile, simulate, xmileName, type Scenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { buildInsightMaker, toInsightMaker } from './insight-maker.js';
import { PEER_SCENARIOS, stockIds } from './scenarios.js';

/** Largest absolute difference allowed between our run and Insight Maker's (same method and dt). */
const TOLERANCE = 1e-9;

const ids = stockIds(icuNetworkModel);

function largestDifference(scenario: Scenario): number {
  const ours = simulate(icuNetworkModel, scenario, { loops: false });
  const theirs = buildInsightMaker(modelToXmile(icuNetworkModel, scenario), ids.map(xmileName)).series();
  let worst = 0;
  for (const id of ids) {
    const a = ours.series[id];
    const b = theirs[xmileName(id)];
    if (a === undefined || b === undefined) throw new Error(`no series for ${id}`);
    expect(b.length, `points of ${id}`).toBe(a.length);
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  }
  return worst;
}

describe('the exported ICU model run by Insight Maker’s engine', () => {
  // Insight Maker's engine takes seconds per run, so two scenarios cover both methods.
  it('gives our RK4 trajectories with levers and input changes', () => {
    const scenario: Scenario = { ...PEER_SCENARIOS['levers and input changes'], method: 'rk4' };
    expect(largestDifference(scenario)).toBeLessThanOrEqual(TOLERANCE);
  }, 60_000);

  it('gives our Euler trajectories with parameters overridden', () => {
    const scenario: Scenario = { ...PEER_SCENARIOS['parameters overridden'], method: 'euler' };
    expect(largestDifference(scenario)).toBeLessThanOrEqual(TOLERANCE);
  }, 60_000);
});

describe('toInsightMaker', () => {
  const names = new Set(['a', 'b']);

  it('turns references into [Name], functions into Insight Maker’s and IF into IfThenElse', () => {
    const used = new Set<string>();
    expect(
      toInsightMaker('IF TIME + 1 >= 2 AND a < 1 THEN MAX(0, b) ELSE IF a > 0 THEN 1 ELSE 0', names, used),
    ).toBe('IfThenElse(Months() + 1 >= 2 and [a] < 1, Max(0, [b]), IfThenElse([a] > 0, 1, 0))');
    expect([...used].sort()).toEqual(['a', 'b']);
  });

  it('refuses names the document does not define', () => {
    expect(() => toInsightMaker('a + c', names, new Set())).toThrow(/unknown name c/);
  });
});
