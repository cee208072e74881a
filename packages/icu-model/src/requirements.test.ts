import { describe, expect, it } from 'vitest';
import { compileModel, createEvaluator, planRun, type Scenario } from '@samenspel/core';
import { icuNetworkModel as model } from './icu-network-model.js';
import { at, endogenousIds, run, uniformRegion } from './test-support/regions.js';

/** dx/dt of one factor at month 0 of a scenario (the instantaneous effect of the equations). */
function rateOf(factor: string, scenario: Scenario): number {
  const compiled = compileModel(model);
  const plan = planRun(compiled, scenario);
  const ev = createEvaluator(plan);
  const out = new Float64Array(compiled.nState);
  ev.setTime(0);
  ev.derive(plan.y0, out);
  return out[compiled.stateIds.indexOf(factor)] ?? Number.NaN;
}

describe('requirements the seed puts on the dynamics', () => {
  it('lets operationalising alone not guarantee implementation: without collective intelligence it hardly moves', () => {
    const base = {
      ...uniformRegion(0.3),
      initial: { ...uniformRegion(0.3).initial, operationalisingCollaboration: 0.9 },
    };
    const without = rateOf('localImplementation', {
      ...base,
      initial: { ...base.initial, collectiveIntelligence: 0 },
    });
    const withCi = rateOf('localImplementation', {
      ...base,
      initial: { ...base.initial, collectiveIntelligence: 0.7 },
    });
    expect(withCi).toBeGreaterThan(3 * Math.max(without, 0.001));
  });

  it('lets a rigid, formal context dampen the motivation the context gives pioneers', () => {
    const scenario = (obligation: number): Scenario => ({
      ...uniformRegion(0.2),
      inputs: { externalContext: 0.8, networkObligation: obligation },
    });
    expect(rateOf('pioneerMotivation', scenario(1))).toBeLessThan(rateOf('pioneerMotivation', scenario(0)));
  });

  it('amplifies patient care → added value and collective intelligence when results are made visible regionally', () => {
    const scenario = (visibility: number): Scenario => ({
      ...uniformRegion(0.3),
      initial: { ...uniformRegion(0.3).initial, optimalPatientCare: 0.9 },
      parameters: { resultsVisibility: visibility },
    });
    expect(rateOf('experiencedAddedValue', scenario(1))).toBeGreaterThan(
      rateOf('experiencedAddedValue', scenario(0)),
    );
    expect(rateOf('collectiveIntelligence', scenario(1))).toBeGreaterThan(
      rateOf('collectiveIntelligence', scenario(0)),
    );
  });

  it('needs both trust and support before seeking each other out turns into collective intelligence', () => {
    const scenario = (trust: number, support: number): Scenario => ({
      initial: {
        ...uniformRegion(0.1).initial,
        seekingEachOtherOut: 0.9,
        trust,
        supportForCollaboration: support,
      },
    });
    const both = rateOf('collectiveIntelligence', scenario(0.8, 0.8));
    expect(rateOf('collectiveIntelligence', scenario(0.8, 0))).toBeLessThan(both / 10);
    expect(rateOf('collectiveIntelligence', scenario(0, 0.8))).toBeLessThan(both / 10);
  });

  it('delays the effect of local implementation on patient care', () => {
    // A region that takes off: implementation rises from a low start; patient care follows it later.
    const region = uniformRegion(0.5, {
      inputs: { externalContext: 0.7, networkObligation: 0.2 },
      horizonMonths: 36,
    });
    const scenario: Scenario = {
      ...region,
      initial: { ...region.initial, localImplementation: 0.05, optimalPatientCare: 0.05 },
    };
    const delayed = run(scenario);
    const instant = run({
      ...scenario,
      parameters: { 'localImplementation-optimalPatientCare.delay': 0.01 },
    });
    expect(at(delayed, 'localImplementation', 12)).toBeGreaterThan(0.3);
    expect(at(delayed, 'optimalPatientCare', 12)).toBeLessThan(at(instant, 'optimalPatientCare', 12) - 0.05);
  });

  it('lets trust and knowing each other fade without contact, faster with member turnover', () => {
    const quiet: Scenario = {
      initial: { ...uniformRegion(0).initial, trust: 0.8, gettingToKnowEachOther: 0.8 },
      inputs: { networkObligation: 0 },
      horizonMonths: 24,
    };
    const calm = run(quiet);
    const turnover = run({ ...quiet, parameters: { memberTurnover: 0.05 } });
    expect(at(calm, 'trust', 24)).toBeLessThan(0.8);
    expect(at(calm, 'gettingToKnowEachOther', 24)).toBeLessThan(0.8);
    expect(at(turnover, 'trust', 24)).toBeLessThan(at(calm, 'trust', 24));
  });

  it.each(model.levers.map((l) => l.id))('gives lever %s a visible effect on a stalled region', (lever) => {
    const region = uniformRegion(0.3, { inputs: { externalContext: 0.5, networkObligation: 0.2 } });
    const base = run(region);
    const withLever = run({
      ...region,
      interventions: [{ lever, startMonth: 0, endMonth: 60, intensity: 1 }],
    });
    const change = endogenousIds.reduce(
      (sum, id) => sum + Math.abs(at(withLever, id, 60) - at(base, id, 60)),
      0,
    );
    expect(change).toBeGreaterThan(0.01);
  });
});
