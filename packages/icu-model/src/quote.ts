import type { SourceRef } from '@samenspel/core';
import { SEED_FILE } from './texts/seed.js';

/** Builds a reference to a passage of seed 002 (the model document). */
export function seed(section: string, quote: string): SourceRef {
  return { file: SEED_FILE, section, quote };
}

/** Section paths of seed 002 used by the links. */
export const SECTIONS = {
  contextWorking: 'Feedbackmechanisme Context > Werking van het feedbackmechanisme',
  contextRelation: 'Feedbackmechanisme Context > Relatie tot andere feedbackmechanismen',
  buildingWorking: 'Opbouwen en onderhouden van samenwerking > Werking van het feedbackmechanisme',
  buildingIcu:
    'Opbouwen en onderhouden van samenwerking > Toepassingen van het feedbackmechanisme in de ic-zorg',
  networkWorking: 'Samenwerken in een netwerk > Werking van het feedbackmechanisme',
  networkRelation: 'Samenwerken in een netwerk > Relatie tot andere feedbackmechanismen',
  networkStrengthen: 'Samenwerken in een netwerk > Versterken van het feedbackmechanisme',
  networkIcu: 'Samenwerken in een netwerk > Toepassingen van het feedbackmechanisme in de ic-zorg',
  resultsWorking: 'Resultaten behalen > Werking van het feedbackmechanisme',
  resultsRelation: 'Resultaten behalen > Relatie tot andere feedbackmechanismen',
  pseudoWorking: 'Bij pseudo-samenwerking > Werking van het feedbackmechanisme',
  pseudoStrengthen: 'Bij pseudo-samenwerking > Versterken van het feedbackmechanisme',
  covid: 'De netwerklessen van COVID-19',
} as const;
