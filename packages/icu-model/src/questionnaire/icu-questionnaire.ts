import type { Questionnaire, RespondentGroup } from '@samenspel/core';

import { icuStatements } from './statements.js';

/**
 * The respondent groups: members of the network itself (`self`), and the partners who work with
 * it (`partner`): other medical specialists, ICU nurses, managers and board members, referrers and
 * anyone else.
 */
export const icuRespondentGroups: readonly RespondentGroup[] = [
  { id: 'network', role: 'self', label: { nl: 'Netwerkleden', en: 'Network members' } },
  {
    id: 'specialist',
    role: 'partner',
    label: { nl: 'Andere medisch specialisten', en: 'Other medical specialists' },
  },
  { id: 'icNurse', role: 'partner', label: { nl: 'Ic-verpleegkundigen', en: 'ICU nurses' } },
  {
    id: 'management',
    role: 'partner',
    label: { nl: 'Managers en bestuurders', en: 'Managers and board members' },
  },
  { id: 'referrer', role: 'partner', label: { nl: 'Verwijzers', en: 'Referrers' } },
  { id: 'other', role: 'partner', label: { nl: 'Anders', en: 'Other' } },
];

/**
 * The ICU assessment questionnaire: 38 statements over the 13 factors of the model (two or three
 * each), rated by network members and partners on a five-point agreement scale with a "don't know /
 * not applicable" option. About 15 minutes: some 20–25 seconds per statement.
 */
export const icuQuestionnaire: Questionnaire = {
  schemaVersion: 1,
  id: 'icu-assessment-v1',
  scale: {
    points: 5,
    labels: {
      nl: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
      en: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    },
    dontKnow: { nl: 'Weet niet / niet van toepassing', en: 'Don’t know / not applicable' },
  },
  groups: icuRespondentGroups,
  statements: icuStatements,
};
