import type { Pattern } from '@samenspel/core';
import { patternTexts } from './texts/pattern-texts.js';

/**
 * Behaviours a run summary reports. Pseudo-collaboration: under a strong obligation, formal
 * operationalising without collective intelligence or added value. Take-off: collective
 * intelligence, trust and local implementation all high at the end of the run.
 */
export const patterns: readonly Pattern[] = [
  {
    id: 'pseudoCollaboration',
    ...patternTexts.pseudoCollaboration,
    conditions: [
      { variable: 'networkObligation', atLeast: 0.5 },
      { variable: 'operationalisingCollaboration', atLeast: 0.3 },
      { variable: 'collectiveIntelligence', atMost: 0.25 },
      { variable: 'experiencedAddedValue', atMost: 0.25 },
    ],
    minMonths: 6,
    window: 'any',
  },
  {
    id: 'collaborationTakesOff',
    ...patternTexts.collaborationTakesOff,
    conditions: [
      { variable: 'collectiveIntelligence', atLeast: 0.5 },
      { variable: 'trust', atLeast: 0.5 },
      { variable: 'localImplementation', atLeast: 0.5 },
    ],
    minMonths: 6,
    window: 'end',
  },
];
