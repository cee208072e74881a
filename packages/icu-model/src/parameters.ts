import type { GlobalParameter } from '@samenspel/core';

const turnoverFactors = [
  'pioneerMotivation',
  'gettingToKnowEachOther',
  'trust',
  'supportForCollaboration',
  'collectiveIntelligence',
] as const;

/** Model-wide parameters a scenario can set by id. */
export const parameters: readonly GlobalParameter[] = [
  {
    id: 'memberTurnover',
    label: { nl: 'Verloop van leden', en: 'Member turnover' },
    description: {
      nl: 'Welk deel van de betrokkenen per maand vertrekt of wisselt. Wat mensen samen hebben opgebouwd (elkaar kennen, vertrouwen, draagvlak, motivatie, collectieve intelligentie) gaat met hen mee; seed 004 noemt verloop als belemmering voor continuïteit.',
      en: 'The share of the people involved who leave or change each month. What people built together (knowing each other, trust, support, motivation, collective intelligence) leaves with them; seed 004 names turnover as an obstacle to continuity.',
    },
    value: 0.01,
    min: 0,
    max: 0.1,
    unit: '1/month',
    effects: turnoverFactors.map((factor) => ({ target: 'erosion', factor, size: 1 })),
  },
  {
    id: 'resultsVisibility',
    label: { nl: 'Zichtbaarheid van resultaten', en: 'Visibility of results' },
    description: {
      nl: 'Hoe expliciet de regio behaalde resultaten zichtbaar maakt en bespreekt (kwaliteitsinformatie, monitoringdata zoals NICE-gegevens), 0 tot 1. Versterkt het effect van patiëntenzorg op ervaren meerwaarde en collectieve intelligentie: het gewicht van beide schakels wordt 1 + 2 × deze waarde.',
      en: 'How explicitly the region makes achieved results visible and discusses them (quality information, monitoring data such as NICE data), 0 to 1. Amplifies the effect of patient care on experienced added value and collective intelligence: both links are weighted 1 + 2 × this value.',
    },
    value: 0.3,
    min: 0,
    max: 1,
    unit: 'level',
    effects: [
      { target: 'weight', link: 'optimalPatientCare-experiencedAddedValue', size: 2 },
      { target: 'weight', link: 'optimalPatientCare-collectiveIntelligence', size: 2 },
    ],
  },
];
