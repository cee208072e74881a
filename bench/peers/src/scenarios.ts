// Scenarios the peer checks and benchmarks run: each exercises a different part of the export.
import type { Scenario } from '@samenspel/core';

/** Named scenarios over the ICU model (method and dt are set by the caller). */
export const PEER_SCENARIOS: Readonly<Record<string, Scenario>> = {
  default: {},
  'levers and input changes': {
    initial: { trust: 0.45, pioneerMotivation: 0.6 },
    inputs: {
      externalContext: 0.7,
      networkObligation: [
        { month: 0, value: 0.2 },
        { month: 12, value: 0.8 },
        { month: 30.5, value: 0.4 },
      ],
    },
    interventions: [
      { lever: 'keepConnected', startMonth: 3, endMonth: 20, intensity: 0.8 },
      { lever: 'showPioneersTheWay', startMonth: 6 },
      { lever: 'deployPioneers', startMonth: 10, endMonth: 40, intensity: 0.5 },
      { lever: 'regionalStaff', startMonth: 12, endMonth: 48 },
      { lever: 'regionalFeedback', endMonth: 24, intensity: 0.7 },
      { lever: 'keepConnected', startMonth: 36, intensity: 0.5 },
    ],
  },
  'parameters overridden': {
    parameters: {
      memberTurnover: 0.05,
      resultsVisibility: 0.9,
      'trust.growthRate': 0.3,
      'localImplementation-optimalPatientCare.delay': 4,
    },
  },
};

/** The endogenous factors' ids of a model, in model order. */
export function stockIds(model: {
  readonly factors: readonly { id: string; exogenous: boolean }[];
}): string[] {
  return model.factors.filter((f) => !f.exogenous).map((f) => f.id);
}
