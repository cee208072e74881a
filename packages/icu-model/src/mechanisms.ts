import type { Mechanism } from '@samenspel/core';
import { mechanismTexts } from './texts/mechanism-texts.js';

/** Member factors of each mechanism, as the seed's "Onderliggende factoren" lists them. */
const members = {
  context: ['externalContext', 'providerCircumstances', 'localImplementation', 'pioneerMotivation'],
  building: [
    'pioneerMotivation',
    'supportForCollaboration',
    'gettingToKnowEachOther',
    'seekingEachOtherOut',
    'trust',
  ],
  network: [
    'collectiveIntelligence',
    'experiencedAddedValue',
    'commonGround',
    'operationalisingCollaboration',
    'localImplementation',
  ],
  results: ['localImplementation', 'optimalPatientCare'],
  pseudo: ['externalContext', 'networkObligation', 'seekingEachOtherOut', 'operationalisingCollaboration'],
} as const satisfies Record<keyof typeof mechanismTexts, readonly string[]>;

/** The five feedback mechanisms with their members and the seed's advice for strengthening them. */
export const mechanisms: readonly Mechanism[] = (Object.keys(members) as (keyof typeof members)[]).map(
  (id) => ({
    id,
    label: mechanismTexts[id].label,
    description: mechanismTexts[id].description,
    factors: members[id],
    advice: mechanismTexts[id].advice,
  }),
);
