import type { Factor } from '@samenspel/core';
import { factorTexts } from './texts/factor-texts.js';

type Dynamics = Pick<
  Factor,
  'mechanisms' | 'initial' | 'exogenous' | 'growthRate' | 'erosion' | 'halfSaturation' | 'steepness'
>;

/**
 * The numbers behind each factor: mechanisms, default start level, growth rate r and erosion e (per
 * month), and the pressure response (half-saturation K, steepness n). Reasons for each choice are
 * in docs/model.md ("Factor dynamics").
 */
const dynamics = {
  externalContext: {
    mechanisms: ['context', 'pseudo'],
    initial: 0.5,
    exogenous: true,
    growthRate: 0,
    erosion: 0,
    halfSaturation: 1,
    steepness: 1,
  },
  providerCircumstances: {
    mechanisms: ['context'],
    initial: 0.4,
    exogenous: false,
    growthRate: 0.08,
    erosion: 0.03,
    halfSaturation: 0.5,
    steepness: 2,
  },
  localImplementation: {
    mechanisms: ['context', 'network', 'results'],
    initial: 0.15,
    exogenous: false,
    growthRate: 0.15,
    erosion: 0.03,
    halfSaturation: 0.65,
    steepness: 3,
  },
  pioneerMotivation: {
    mechanisms: ['context', 'building'],
    initial: 0.35,
    exogenous: false,
    growthRate: 0.25,
    erosion: 0.055,
    halfSaturation: 0.6,
    steepness: 2,
  },
  supportForCollaboration: {
    mechanisms: ['building'],
    initial: 0.25,
    exogenous: false,
    growthRate: 0.2,
    erosion: 0.04,
    halfSaturation: 0.65,
    steepness: 3,
  },
  gettingToKnowEachOther: {
    mechanisms: ['building'],
    initial: 0.25,
    exogenous: false,
    growthRate: 0.25,
    erosion: 0.055,
    halfSaturation: 0.65,
    steepness: 3,
  },
  seekingEachOtherOut: {
    mechanisms: ['building', 'pseudo'],
    initial: 0.2,
    exogenous: false,
    growthRate: 0.4,
    erosion: 0.14,
    halfSaturation: 0.65,
    steepness: 3,
  },
  trust: {
    mechanisms: ['building'],
    initial: 0.25,
    exogenous: false,
    growthRate: 0.25,
    erosion: 0.04,
    halfSaturation: 0.65,
    steepness: 3,
  },
  collectiveIntelligence: {
    mechanisms: ['network'],
    initial: 0.15,
    exogenous: false,
    growthRate: 0.25,
    erosion: 0.07,
    halfSaturation: 0.65,
    steepness: 3,
  },
  experiencedAddedValue: {
    mechanisms: ['network'],
    initial: 0.15,
    exogenous: false,
    growthRate: 0.2,
    erosion: 0.055,
    halfSaturation: 0.65,
    steepness: 3,
  },
  commonGround: {
    mechanisms: ['network'],
    initial: 0.2,
    exogenous: false,
    growthRate: 0.15,
    erosion: 0.04,
    halfSaturation: 0.65,
    steepness: 3,
  },
  operationalisingCollaboration: {
    mechanisms: ['network', 'pseudo'],
    initial: 0.15,
    exogenous: false,
    growthRate: 0.2,
    erosion: 0.04,
    halfSaturation: 0.65,
    steepness: 3,
  },
  optimalPatientCare: {
    mechanisms: ['results'],
    initial: 0.3,
    exogenous: false,
    growthRate: 0.1,
    erosion: 0.03,
    halfSaturation: 0.65,
    steepness: 3,
  },
} as const satisfies Record<Exclude<keyof typeof factorTexts, 'networkObligation'>, Dynamics>;

/** The thirteen factors of the model, in the order the seed introduces them. */
export const factors: readonly Factor[] = Object.entries(dynamics).map(([id, d]) => {
  const text = factorTexts[id as keyof typeof dynamics];
  return { id, label: text.label, definition: text.definition, ...d, mechanisms: [...d.mechanisms] };
});
