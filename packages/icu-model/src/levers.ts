import type { Effect, Lever } from '@samenspel/core';
import { leverTexts, type LeverId } from './texts/lever-texts.js';

type LeverNumbers = { readonly mechanism: string; readonly effects: readonly Effect[] };

const OP_LI = 'operationalisingCollaboration-localImplementation';
const OO_CI = 'seekingEachOtherOut-collectiveIntelligence';
const OO_VT = 'seekingEachOtherOut-trust';

/**
 * What each lever does in the model while it acts at intensity v (0–1). Effect sizes are per unit
 * of intensity: `inflow` adds to a factor's drive, `weight` and `growthRate` multiply by 1 + v·size,
 * `erosion` adds v·size to the erosion rate. Reasons are in docs/model.md ("Levers").
 */
const numbers = {
  influenceContext: {
    mechanism: 'context',
    effects: [
      { target: 'weight', link: 'externalContext-pioneerMotivation', size: 1 },
      { target: 'weight', link: 'providerCircumstances-pioneerMotivation', size: 1 },
    ],
  },
  showPioneersTheWay: {
    mechanism: 'context',
    effects: [{ target: 'inflow', factor: 'pioneerMotivation', size: 0.3 }],
  },
  deployPioneers: {
    mechanism: 'context',
    effects: [
      { target: 'inflow', factor: 'providerCircumstances', size: 0.2 },
      { target: 'weight', link: 'pioneerMotivation-supportForCollaboration', size: 0.5 },
    ],
  },
  keepConnected: {
    mechanism: 'context',
    effects: [
      { target: 'erosion', factor: 'pioneerMotivation', size: -0.02 },
      { target: 'erosion', factor: 'gettingToKnowEachOther', size: -0.02 },
    ],
  },
  startSmall: {
    mechanism: 'building',
    effects: [
      { target: 'inflow', factor: 'seekingEachOtherOut', size: 0.3 },
      { target: 'weight', link: OO_VT, size: 0.5 },
    ],
  },
  regionalMeetings: {
    mechanism: 'building',
    effects: [{ target: 'inflow', factor: 'gettingToKnowEachOther', size: 0.3 }],
  },
  facilitateCollectiveIntelligence: {
    mechanism: 'network',
    effects: [
      { target: 'inflow', factor: 'commonGround', size: 0.2 },
      { target: 'weight', link: OO_CI, size: 0.5 },
    ],
  },
  concreteAgreements: { mechanism: 'network', effects: [{ target: 'weight', link: OP_LI, size: 0.6 }] },
  regionalStaff: {
    mechanism: 'network',
    effects: [
      { target: 'weight', link: OP_LI, size: 0.5 },
      { target: 'growthRate', factor: 'localImplementation', size: 0.5 },
      { target: 'inflow', factor: 'operationalisingCollaboration', size: 0.15 },
    ],
  },
  regionalFeedback: {
    mechanism: 'results',
    effects: [
      { target: 'weight', link: 'optimalPatientCare-experiencedAddedValue', size: 2 },
      { target: 'weight', link: 'optimalPatientCare-collectiveIntelligence', size: 2 },
    ],
  },
  implementationExpertise: {
    mechanism: 'results',
    effects: [
      { target: 'weight', link: OP_LI, size: 0.5 },
      { target: 'growthRate', factor: 'localImplementation', size: 0.3 },
      { target: 'inflow', factor: 'pioneerMotivation', size: 0.1 },
    ],
  },
  informalContact: {
    mechanism: 'building',
    effects: [
      { target: 'inflow', factor: 'seekingEachOtherOut', size: 0.25 },
      { target: 'weight', link: OO_CI, size: 0.3 },
    ],
  },
  transparency: {
    mechanism: 'building',
    effects: [
      { target: 'weight', link: OO_VT, size: 0.5 },
      { target: 'inflow', factor: 'trust', size: 0.1 },
    ],
  },
  shareDifferingViews: {
    mechanism: 'network',
    effects: [
      { target: 'weight', link: OO_CI, size: 0.4 },
      { target: 'inflow', factor: 'commonGround', size: 0.1 },
    ],
  },
} as const satisfies Record<LeverId, LeverNumbers>;

/** The interventions the seed recommends, with their texts, sources and effects. */
export const levers: readonly Lever[] = (Object.keys(numbers) as LeverId[]).map((id) => ({
  id,
  ...leverTexts[id],
  mechanism: numbers[id].mechanism,
  effects: numbers[id].effects,
}));
