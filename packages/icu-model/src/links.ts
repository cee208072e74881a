import type { Link, LocalText } from '@samenspel/core';
import { SECTIONS as S, seed } from './quote.js';

const note = (nl: string, en: string): LocalText => ({ nl, en });

/** The rigid-context condition, shared by both context → motivation links. */
const rigidContext = {
  effect: 'dampen',
  by: 'networkObligation',
  strength: 0.6,
  source: seed(
    S.contextRelation,
    'Een zeer formele context is vaak wat star en beperkt de (ervaren) mogelijkheden en vrijheid om keuzes te maken',
  ),
} as const;

/**
 * Every causal link the seed states, each with its verbatim Dutch quote. Weights are the link's
 * share in its target's drive; see docs/model.md for the equation term of each link and the reasons
 * for its numbers.
 */
export const links: readonly Link[] = [
  // --- Context ---
  {
    id: 'externalContext-providerCircumstances',
    from: 'externalContext',
    to: 'providerCircumstances',
    polarity: 'positive',
    weight: 0.5,
    source: seed(
      S.contextWorking,
      'De externe context heeft wel invloed op de omstandigheden bij een zorgaanbieder',
    ),
  },
  {
    id: 'externalContext-pioneerMotivation',
    from: 'externalContext',
    to: 'pioneerMotivation',
    polarity: 'positive',
    weight: 0.2,
    moderators: [rigidContext],
    source: seed(
      S.contextWorking,
      'Als de externe context en de omstandigheden bij een aanbieder voldoende ondersteunend zijn, kan dat voortrekkers intrinsiek motiveren',
    ),
    note: note(
      'Een starre, formele context (sterke verplichting) dempt dit effect.',
      'A rigid, formal context (strong obligation) dampens this effect.',
    ),
  },
  {
    id: 'providerCircumstances-pioneerMotivation',
    from: 'providerCircumstances',
    to: 'pioneerMotivation',
    polarity: 'positive',
    weight: 0.2,
    moderators: [rigidContext],
    source: seed(
      S.contextRelation,
      'De externe context en de omstandigheden van de zorgaanbieder zijn van invloed op de intrinsieke motivatie van voortrekkers',
    ),
  },
  {
    id: 'externalContext-localImplementation',
    from: 'externalContext',
    to: 'localImplementation',
    polarity: 'positive',
    weight: 0.1,
    source: seed(S.contextWorking, 'hebben invloed op de lokale implementatie van samenwerkingsafspraken'),
  },
  {
    id: 'providerCircumstances-localImplementation',
    from: 'providerCircumstances',
    to: 'localImplementation',
    polarity: 'positive',
    weight: 0.2,
    source: seed(
      S.contextWorking,
      'Beide factoren beïnvloeden de mogelijkheden die de zorgaanbieder ziet om samenwerkingsafspraken',
    ),
  },
  {
    id: 'localImplementation-providerCircumstances',
    from: 'localImplementation',
    to: 'providerCircumstances',
    polarity: 'positive',
    weight: 0.4,
    source: seed(
      S.contextWorking,
      'De lokale implementatie van samenwerkingsafspraken kan de omstandigheden bij een zorgaanbieder vervolgens ook weer beïnvloeden',
    ),
  },
  // --- Building and maintaining collaboration ---
  {
    id: 'pioneerMotivation-supportForCollaboration',
    from: 'pioneerMotivation',
    to: 'supportForCollaboration',
    polarity: 'positive',
    weight: 0.5,
    source: seed(
      S.buildingWorking,
      'Draagvlak voor de samenwerking vanuit zorgorganisaties of vanuit individuele zorgverleners begint bij voortrekkers',
    ),
  },
  {
    id: 'supportForCollaboration-gettingToKnowEachOther',
    from: 'supportForCollaboration',
    to: 'gettingToKnowEachOther',
    polarity: 'positive',
    weight: 0.4,
    source: seed(
      S.buildingWorking,
      'het zorgt voor onderlinge toenadering tussen de zorgorganisaties of zorgverleners',
    ),
  },
  {
    id: 'pioneerMotivation-gettingToKnowEachOther',
    from: 'pioneerMotivation',
    to: 'gettingToKnowEachOther',
    polarity: 'positive',
    weight: 0.4,
    source: seed(
      S.buildingIcu,
      "Intrinsieke motivatie van gemotiveerde voortrekkers in de ic-regio's hebben mede aangezet tot",
    ),
  },
  {
    id: 'pioneerMotivation-seekingEachOtherOut',
    from: 'pioneerMotivation',
    to: 'seekingEachOtherOut',
    polarity: 'positive',
    weight: 0.4,
    source: seed(
      S.buildingIcu,
      "Intrinsieke motivatie van gemotiveerde voortrekkers in de ic-regio's hebben mede aangezet tot",
    ),
  },
  {
    id: 'gettingToKnowEachOther-seekingEachOtherOut',
    from: 'gettingToKnowEachOther',
    to: 'seekingEachOtherOut',
    polarity: 'positive',
    weight: 0.5,
    source: seed(S.buildingWorking, 'Door elkaar te leren kennen, zoeken zij elkaar meer en meer op'),
  },
  {
    id: 'seekingEachOtherOut-trust',
    from: 'seekingEachOtherOut',
    to: 'trust',
    polarity: 'positive',
    weight: 0.7,
    source: seed(
      S.buildingWorking,
      'Door deze interactie groeit het benodigde vertrouwen in elkaar en in de samenwerking',
    ),
  },
  {
    id: 'gettingToKnowEachOther-trust',
    from: 'gettingToKnowEachOther',
    to: 'trust',
    polarity: 'positive',
    weight: 0.2,
    source: seed(S.covid, 'Vertrouwen en sociale contacten vormen de basis voor goede samenwerking'),
  },
  {
    id: 'trust-pioneerMotivation',
    from: 'trust',
    to: 'pioneerMotivation',
    polarity: 'positive',
    weight: 0.3,
    source: seed(
      S.buildingWorking,
      'Het vertrouwen voedt de motivatie van zorgverleners, managers en bestuurders (beginnend met voortrekkers)',
    ),
  },
  {
    id: 'trust-supportForCollaboration',
    from: 'trust',
    to: 'supportForCollaboration',
    polarity: 'positive',
    weight: 0.5,
    source: seed(S.buildingWorking, 'het draagvlak voor de samenwerking groeit'),
  },
  {
    id: 'supportForCollaboration-pioneerMotivation',
    from: 'supportForCollaboration',
    to: 'pioneerMotivation',
    polarity: 'positive',
    weight: 0.2,
    source: seed(
      S.pseudoStrengthen,
      'kan draagvlak en vertrouwen ontstaan waarmee de intrinsieke motivatie van voortrekkers wordt aangewakkerd',
    ),
  },
  {
    id: 'seekingEachOtherOut-collectiveIntelligence',
    from: 'seekingEachOtherOut',
    to: 'collectiveIntelligence',
    polarity: 'positive',
    weight: 1.0,
    moderators: [
      {
        effect: 'gate',
        by: 'trust',
        threshold: 0.3,
        steepness: 2,
        source: seed(S.buildingWorking, 'Als er voldoende vertrouwen en draagvlak is'),
      },
      {
        effect: 'gate',
        by: 'supportForCollaboration',
        threshold: 0.3,
        steepness: 2,
        source: seed(S.buildingWorking, 'Als er voldoende vertrouwen en draagvlak is'),
      },
    ],
    source: seed(S.buildingWorking, 'kan het elkaar onderling opzoeken leiden tot collectieve intelligentie'),
    note: note(
      'Werkt alleen bij voldoende vertrouwen én draagvlak: een product van twee drempels, geen som.',
      'Works only with enough trust and support: a product of two thresholds, not a sum.',
    ),
  },
  // --- Collaborating in a network ---
  {
    id: 'commonGround-collectiveIntelligence',
    from: 'commonGround',
    to: 'collectiveIntelligence',
    polarity: 'positive',
    weight: 0.4,
    source: seed(
      S.networkWorking,
      'Veelal is het belangrijk dat eerst wordt gewerkt aan het vormen van een gemeenschappelijke basis',
    ),
  },
  {
    id: 'collectiveIntelligence-operationalisingCollaboration',
    from: 'collectiveIntelligence',
    to: 'operationalisingCollaboration',
    polarity: 'positive',
    weight: 0.5,
    source: seed(
      S.networkWorking,
      'Deze interactie kan rechtstreeks leiden tot het operationaliseren van de samenwerking',
    ),
  },
  {
    id: 'collectiveIntelligence-experiencedAddedValue',
    from: 'collectiveIntelligence',
    to: 'experiencedAddedValue',
    polarity: 'positive',
    weight: 0.6,
    source: seed(
      S.networkIcu,
      'Het activeren en vergroten van collectieve intelligentie maakt ook dat mensen meerwaarde ervaren',
    ),
  },
  {
    id: 'experiencedAddedValue-commonGround',
    from: 'experiencedAddedValue',
    to: 'commonGround',
    polarity: 'positive',
    weight: 0.8,
    source: seed(
      S.networkWorking,
      'Wanneer samenwerkende partijen de meerwaarde ervaren van een samenwerking, vergroot dat de gemeenschappelijke basis',
    ),
  },
  {
    id: 'experiencedAddedValue-operationalisingCollaboration',
    from: 'experiencedAddedValue',
    to: 'operationalisingCollaboration',
    polarity: 'positive',
    weight: 0.3,
    source: seed(
      S.networkWorking,
      'wordt het constructief operationaliseren van de samenwerking verder gefaciliteerd',
    ),
  },
  {
    id: 'commonGround-operationalisingCollaboration',
    from: 'commonGround',
    to: 'operationalisingCollaboration',
    polarity: 'positive',
    weight: 0.1,
    source: seed(
      S.networkIcu,
      'als er een gemeenschappelijke basis is en doelen zijn geformuleerd, kan gesproken worden over financiering',
    ),
  },
  {
    id: 'pioneerMotivation-operationalisingCollaboration',
    from: 'pioneerMotivation',
    to: 'operationalisingCollaboration',
    polarity: 'positive',
    weight: 0.1,
    source: seed(
      S.networkIcu,
      'helpt het om aan de slag te gaan met mensen die een drive hebben voor samenwerking in de regio',
    ),
  },
  {
    id: 'operationalisingCollaboration-localImplementation',
    from: 'operationalisingCollaboration',
    to: 'localImplementation',
    polarity: 'positive',
    weight: 0.7,
    moderators: [
      {
        effect: 'gate',
        by: 'collectiveIntelligence',
        threshold: 0.3,
        steepness: 2,
        source: seed(
          S.networkStrengthen,
          'Alleen aandacht geven aan het operationaliseren van samenwerking leidt niet per se tot implementatie',
        ),
      },
    ],
    source: seed(
      S.networkRelation,
      'Het operationaliseren van de samenwerking geeft de aanzet tot lokale implementatie',
    ),
    note: note(
      'Afspraken zonder gedeelde kennis en ideeën (collectieve intelligentie) worden nauwelijks doorgevoerd.',
      'Agreements without shared knowledge and ideas (collective intelligence) are hardly carried out.',
    ),
  },
  {
    id: 'operationalisingCollaboration-pioneerMotivation',
    from: 'operationalisingCollaboration',
    to: 'pioneerMotivation',
    polarity: 'positive',
    weight: 0.15,
    moderators: [
      {
        effect: 'gate',
        by: 'collectiveIntelligence',
        threshold: 0.3,
        steepness: 2,
        source: seed(S.networkRelation, 'neemt toe door succesvol operationaliseren van de samenwerking'),
      },
    ],
    source: seed(
      S.networkRelation,
      'De motivatie van voortrekkers voor de samenwerking neemt toe door succesvol operationaliseren van de samenwerking',
    ),
    note: note(
      'Alleen succesvol (inhoudelijk gedragen) operationaliseren motiveert.',
      'Only successful operationalising, backed by substance, motivates.',
    ),
  },
  {
    id: 'localImplementation-pioneerMotivation',
    from: 'localImplementation',
    to: 'pioneerMotivation',
    polarity: 'positive',
    weight: 0.15,
    source: seed(S.networkRelation, 'en succesvolle lokale implementatie bij de aanbieder'),
  },
  // --- Achieving results ---
  {
    id: 'localImplementation-optimalPatientCare',
    from: 'localImplementation',
    to: 'optimalPatientCare',
    polarity: 'positive',
    weight: 0.8,
    delay: 9,
    source: seed(S.resultsWorking, 'leidt dat (soms pas op termijn) tot een meer optimale patiëntenzorg'),
    note: note('Vertraagd: gemiddeld negen maanden.', 'Delayed: nine months on average.'),
  },
  {
    id: 'optimalPatientCare-experiencedAddedValue',
    from: 'optimalPatientCare',
    to: 'experiencedAddedValue',
    polarity: 'positive',
    weight: 0.25,
    source: seed(
      S.resultsRelation,
      'Ervaringen die worden opgedaan in de patiëntenzorg beïnvloeden de ervaren meerwaarde van de samenwerking',
    ),
    note: note(
      'Versterkt door zichtbare regionale feedback (parameter regionalFeedback).',
      'Amplified by visible regional feedback (parameter regionalFeedback).',
    ),
  },
  {
    id: 'optimalPatientCare-collectiveIntelligence',
    from: 'optimalPatientCare',
    to: 'collectiveIntelligence',
    polarity: 'positive',
    weight: 0.15,
    source: seed(S.resultsRelation, 'en voeden de collectieve intelligentie'),
    note: note(
      'Versterkt door zichtbare regionale feedback (parameter regionalFeedback).',
      'Amplified by visible regional feedback (parameter regionalFeedback).',
    ),
  },
  // --- Pseudo-collaboration ---
  {
    id: 'networkObligation-seekingEachOtherOut',
    from: 'networkObligation',
    to: 'seekingEachOtherOut',
    polarity: 'positive',
    weight: 0.25,
    source: seed(
      S.pseudoWorking,
      'zullen deelnemers aan het netwerk elkaar onderling opzoeken om aan (vanuit de externe context) opgelegde eisen te voldoen',
    ),
  },
  {
    id: 'networkObligation-seekingEachOtherOut-change',
    from: 'networkObligation',
    to: 'seekingEachOtherOut',
    polarity: 'positive',
    weight: 1.2,
    signal: 'rise',
    riseTime: 6,
    riseFrom: 0,
    source: seed(
      S.pseudoWorking,
      'Alleen bij wijzigingen in de externe context zullen deelnemers elkaar opnieuw opzoeken',
    ),
    note: note(
      'Een nieuwe of zwaardere verplichting geeft een golf van contact die in ongeveer een half jaar wegebt.',
      'A new or stricter obligation brings a wave of contact that fades in about half a year.',
    ),
  },
  {
    id: 'networkObligation-gettingToKnowEachOther',
    from: 'networkObligation',
    to: 'gettingToKnowEachOther',
    polarity: 'positive',
    weight: 0.15,
    source: seed(S.buildingIcu, 'De verplichting om samen te komen en samenwerking te formaliseren'),
  },
  {
    id: 'seekingEachOtherOut-operationalisingCollaboration',
    from: 'seekingEachOtherOut',
    to: 'operationalisingCollaboration',
    polarity: 'positive',
    weight: 0.6,
    moderators: [{ effect: 'gate', by: 'networkObligation', threshold: 0.4, steepness: 2 }],
    source: seed(
      S.pseudoWorking,
      'De interactie bij onderlinge ontmoetingen is volledig gericht op het formaliseren van een samenwerking',
    ),
    note: note(
      'Formaliseren om aan opgelegde eisen te voldoen: werkt alleen onder verplichting.',
      'Formalising to meet imposed requirements: works only under obligation.',
    ),
  },
  {
    id: 'seekingEachOtherOut-supportForCollaboration',
    from: 'seekingEachOtherOut',
    to: 'supportForCollaboration',
    polarity: 'positive',
    weight: 0.15,
    source: seed(
      S.pseudoStrengthen,
      'Bij onderlinge ontmoetingen in het kader van een pseudosamenwerking, kan draagvlak en vertrouwen ontstaan',
    ),
  },
];
