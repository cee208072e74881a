import { findLeastIntervention, simulate, type Scenario } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { icuNetworkModel } from './index.js';

/** The scenario of examples/scenarios/region-stalls.json. */
const regionStalls: Scenario = {
  name: 'Regio blijft steken / Region stalls',
  horizonMonths: 60,
  inputs: { externalContext: 0.5, networkObligation: 0.2 },
  initial: {
    providerCircumstances: 0.3,
    pioneerMotivation: 0.2,
    supportForCollaboration: 0.2,
    gettingToKnowEachOther: 0.2,
    seekingEachOtherOut: 0.2,
    trust: 0.2,
    collectiveIntelligence: 0.2,
    commonGround: 0.2,
    experiencedAddedValue: 0.2,
    operationalisingCollaboration: 0.2,
    localImplementation: 0.2,
    optimalPatientCare: 0.3,
  },
};

const takesOff = (scenario: Scenario) =>
  simulate(icuNetworkModel, scenario, { loops: false }).summary.collaborationTakesOff === true;

describe('the least intervention for a stalled region', () => {
  const tolerance = 0.01;
  const found = findLeastIntervention(icuNetworkModel, regionStalls, {
    pattern: 'collaborationTakesOff',
    mode: 'intensity',
    tolerance,
  });

  it('finds at least one lever that makes collaboration take off within the 60 months', () => {
    expect(found.alreadyPresent).toBe(false);
    expect(found.best).not.toBeNull();
    const best = found.results[0]!;
    expect(best.enough).toBe(true);
    const intervention = best.intervention!;
    expect(takesOff({ ...regionStalls, interventions: [intervention] })).toBe(true);
    const less = { ...intervention, intensity: best.value! - 2 * tolerance };
    expect(takesOff({ ...regionStalls, interventions: [less] })).toBe(false);
  });

  it('tries every lever of the model once', () => {
    expect(found.results.map((r) => r.lever).sort()).toEqual(icuNetworkModel.levers.map((l) => l.id).sort());
  });
});
