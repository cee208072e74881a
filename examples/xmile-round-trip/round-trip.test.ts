import {
  modelToXmile,
  parseXmile,
  simulate,
  simulateStockFlow,
  xmileName,
  type Scenario,
} from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';

/** Largest absolute difference allowed between `simulate()` and the run of its XMILE export. */
const TOLERANCE = 1e-9;

const levers: Scenario['interventions'] = [
  { lever: 'keepConnected', startMonth: 3, endMonth: 20, intensity: 0.8 },
  { lever: 'showPioneersTheWay', startMonth: 6 },
  { lever: 'regionalStaff', startMonth: 12, endMonth: 48 },
  { lever: 'regionalFeedback', endMonth: 24, intensity: 0.7 },
  { lever: 'keepConnected', startMonth: 36, intensity: 0.5 },
];
const inputChanges: Scenario['inputs'] = {
  externalContext: [
    { month: 0, value: 0.5 },
    { month: 18, value: 0.8 },
  ],
  networkObligation: [
    { month: 12, value: 0.8 },
    { month: 30.5, value: 0.3 },
  ],
};

const scenarios: Record<string, Scenario> = {
  default: {},
  'with interventions': { interventions: levers },
  'with input changes': { inputs: inputChanges },
  'with initial levels and parameters': {
    initial: { trust: 0.5, pioneerMotivation: 0.7, localImplementation: 0.4 },
    parameters: { memberTurnover: 0.04, resultsVisibility: 0.8, 'commonGround.steepness': 2.5 },
  },
  'everything at once, dt 0.5 over 120 months': {
    dt: 0.5,
    horizonMonths: 120,
    initial: { trust: 0.45 },
    inputs: inputChanges,
    interventions: levers,
    parameters: { 'localImplementation-optimalPatientCare.delay': 5 },
  },
};

/** Runs the scenario both ways and returns the largest difference over every factor and input. */
function largestDifference(scenario: Scenario): { worst: number; rows: number } {
  const ours = simulate(icuNetworkModel, scenario, { loops: false });
  const back = simulateStockFlow(parseXmile(modelToXmile(icuNetworkModel, scenario)));
  expect(Array.from(back.time)).toEqual(Array.from(ours.time));
  let worst = 0;
  for (const [id, a] of Object.entries(ours.series)) {
    const b = back.series[xmileName(id)];
    if (b === undefined) throw new Error(`no series ${xmileName(id)} in the imported run`);
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  }
  return { worst, rows: ours.time.length };
}

describe('the ICU model exported to XMILE and read back', () => {
  for (const method of ['euler', 'rk4'] as const) {
    for (const [name, scenario] of Object.entries(scenarios)) {
      it(`runs like simulate() within ${String(TOLERANCE)} (${method}, ${name})`, () => {
        const { worst, rows } = largestDifference({ ...scenario, method });
        expect(rows).toBeGreaterThan(100);
        expect(worst).toBeLessThanOrEqual(TOLERANCE);
      });
    }
  }

  it('does not agree with a different scenario (the comparison can fail)', () => {
    const ours = simulate(icuNetworkModel, { initial: { trust: 0.6 } }, { loops: false });
    const back = simulateStockFlow(parseXmile(modelToXmile(icuNetworkModel, {})));
    expect(Math.abs((ours.series['trust']?.[20] ?? 0) - (back.series['trust']?.[20] ?? 0))).toBeGreaterThan(
      1e-3,
    );
  });
});
