import type { Input, Model } from '@samenspel/core';
import { factors } from './factors.js';
import { levers } from './levers.js';
import { links } from './links.js';
import { mechanisms } from './mechanisms.js';
import { parameters } from './parameters.js';
import { patterns } from './patterns.js';
import { factorTexts } from './texts/factor-texts.js';

const inputs: readonly Input[] = [
  {
    id: 'networkObligation',
    label: factorTexts.networkObligation.label,
    definition: factorTexts.networkObligation.definition,
    mechanisms: ['context', 'pseudo'],
    default: 0.2,
  },
];

/**
 * The Zorginstituut Nederland model of network formation, collaboration and learning together in
 * Dutch intensive care ("Model voor netwerkvorming, samenwerking, samen leren en ontwikkelen"), as
 * plain data for `@samenspel/core`: 13 factors, the links the seed states (each with its quote), five
 * mechanisms with their advice, the recommended levers, two global parameters and two patterns.
 * The model is a framework for a region to reflect on itself; it is not meant to compare or rank regions.
 */
export const icuNetworkModel: Model = {
  schemaVersion: 1,
  id: 'icu-network',
  label: {
    nl: 'Model voor netwerkvorming, samenwerking, samen leren en ontwikkelen',
    en: 'Model of network formation, collaboration, and learning and developing together',
  },
  description: {
    nl: 'Dertien factoren die elkaar versterken in vijf feedbackmechanismen, naar Zorginstituut Nederland (onderzoek in de Nederlandse ic-sector, 2019–2022). Een hulpmiddel om de eigen regio periodiek te bespreken, zonder onderlinge vergelijking.',
    en: 'Thirteen factors that strengthen each other in five feedback mechanisms, after Zorginstituut Nederland (research in Dutch intensive care, 2019–2022). A tool for a region to discuss itself periodically, without comparing regions.',
  },
  timeUnit: 'month',
  mechanisms,
  factors,
  inputs,
  links,
  parameters,
  levers,
  patterns,
};
