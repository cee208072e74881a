import type { LocalText, SourceRef } from '@samenspel/core';

import { SEED_FILE } from './seed.js';

/** The name and meaning of one factor (or input) of the model, in Dutch and English. */
export interface FactorText {
  /** Short name: the seed's Dutch factor name in sentence case, and a natural English name. */
  readonly label: LocalText;
  /** What the factor means, in one to three sentences. */
  readonly definition: LocalText;
}

/** Heading path of the definitions chapter of the seed. */
const DEFINITIONS = 'Definities van de factoren in het model';

/**
 * Names and definitions of the 13 factors of the model and of the input `networkObligation`.
 * Where the seed's definitions chapter has a text, the definition paraphrases it; for the five
 * factors whose definition is empty in the seed (draagvlak, elkaar leren kennen, elkaar onderling
 * opzoeken, vertrouwen, ervaren meerwaarde) it is written from how the seed uses them.
 */
export const factorTexts = {
  externalContext: {
    label: { nl: 'Externe context', en: 'External context' },
    definition: {
      nl: 'Alles waar zorgaanbieders, zorgverleners of een netwerk geen directe invloed op hebben: landelijk beleid en regels (zoals de kwaliteitsstandaard Organisatie van ic-zorg uit 2016), de stand van wetenschap en praktijk, en regionale omstandigheden zoals de koers van andere ziekenhuizen. Uiteindelijk telt vooral of betrokkenen denken dat ziekenhuizen met elkaar concurreren of juist samenwerken.',
      en: 'Everything that care providers, professionals or a network cannot directly influence: national policy and rules (such as the 2016 quality standard on the organisation of intensive care), the state of science and practice, and regional circumstances such as the course other hospitals take. In the end, what counts most is whether people believe that hospitals compete with each other or rather collaborate.',
    },
  },
  providerCircumstances: {
    label: { nl: 'Omstandigheden zorgaanbieder', en: 'Provider circumstances' },
    definition: {
      nl: 'De interne context van een zorgaanbieder: de visie en het draagvlak van de Raad van Bestuur of het management, de personele bezetting, de ict, het profiel van ziekenhuis en ic-afdeling, de ic-capaciteit en eventuele fusies. Deze omstandigheden bepalen hoe open een ziekenhuis staat voor regionale samenwerking en wat het eraan kan bijdragen.',
      en: "A care provider's internal context: the vision and support of the board of directors or management, staffing, IT, the profile of the hospital and its ICU, ICU capacity and any mergers. These circumstances decide how open a hospital is to regional collaboration and what it can contribute to it.",
    },
  },
  localImplementation: {
    label: { nl: 'Lokale implementatie', en: 'Local implementation' },
    definition: {
      nl: 'Het doorvoeren van beoogde veranderingen en verbeteringen in de eigen organisatie van een zorgaanbieder. Bijvoorbeeld een nieuw regionaal protocol over delier of veilig toedienen van medicatie dat op de eigen ic in de praktijk wordt gebracht.',
      en: "Carrying out intended changes and improvements in a care provider's own organisation. For example, a new regional protocol on delirium or on giving medication safely that is put into practice on one's own ICU.",
    },
  },
  pioneerMotivation: {
    label: { nl: 'Intrinsieke motivatie voortrekkers', en: 'Intrinsic motivation of pioneers' },
    definition: {
      nl: 'De motivatie die visionaire professionals uit zichzelf hebben om samen te werken. Voortrekkers kijken over de grenzen van hun eigen organisatie heen, verbinden mensen en scheppen buiten de hiërarchie om ruimte waarin ideeën kunnen ontstaan en groeien. Ze voelen zich vrij en bekwaam om naar eigen inzicht te handelen en zien samenwerking als de weg naar optimale patiëntenzorg.',
      en: 'The motivation that visionary professionals have of their own accord to collaborate. Pioneers look beyond the borders of their own organisation, connect people and, outside the hierarchy, create room where ideas can arise and grow. They feel free and competent to act on their own judgement and see collaboration as the way to optimal patient care.',
    },
  },
  supportForCollaboration: {
    label: { nl: 'Draagvlak samenwerking', en: 'Support for collaboration' },
    definition: {
      nl: 'De mate waarin zorgorganisaties en individuele zorgverleners achter de regionale samenwerking staan en er tijd en aandacht aan willen geven. Draagvlak begint bij voortrekkers en groeit mee met vertrouwen, bijvoorbeeld wanneer naast de voortrekkende intensivist ook verpleegkundigen, managers en bestuurders de samenwerking gaan steunen. Samen met vertrouwen is voldoende draagvlak nodig voordat contact kan uitgroeien tot collectieve intelligentie.',
      en: 'How far care organisations and individual professionals stand behind the regional collaboration and are willing to give it time and attention. Support starts with pioneers and grows along with trust, for example when, besides the pioneering intensivist, nurses, managers and board members also come to back the collaboration. Together with trust, enough support is needed before contact can grow into collective intelligence.',
    },
  },
  gettingToKnowEachOther: {
    label: { nl: 'Elkaar leren kennen', en: 'Getting to know each other' },
    definition: {
      nl: 'Mensen uit verschillende ziekenhuizen ontmoeten elkaar en weten wie wie is en welke kennis waar te halen is. In ic-regio’s gebeurt dat in periodiek regio-overleg, bij persoonlijke ontmoetingen, op refereeravonden, meekijkdagen (‘gluren bij de buren’) en een jaarlijks symposium.',
      en: 'People from different hospitals meet and learn who is who and where to find which knowledge. In ICU regions this happens in periodic regional meetings, in personal meetings, at journal-club evenings, on visiting days (‘peeking at the neighbours’) and at an annual symposium.',
    },
  },
  seekingEachOtherOut: {
    label: { nl: 'Elkaar onderling opzoeken', en: 'Seeking each other out' },
    definition: {
      nl: 'Actief contact met elkaar zoeken om samen iets te doen. In het begin zijn dat meestal een-op-eencontacten: een collega in een ander ziekenhuis raadplegen, een patiënt overnemen bij capaciteitsproblemen of afspraken maken over patiëntentransport. Bij pseudosamenwerking zoeken deelnemers elkaar alleen op om aan opgelegde eisen te voldoen.',
      en: 'Actively seeking contact with each other to do something together. At first these are mostly one-to-one contacts: consulting a colleague in another hospital, taking over a patient when capacity runs short, or making agreements on patient transport. In pseudo-collaboration, participants seek each other out only to meet imposed requirements.',
    },
  },
  trust: {
    label: { nl: 'Vertrouwen', en: 'Trust' },
    definition: {
      nl: 'Vertrouwen in elkaar en in de samenwerking: erop kunnen rekenen dat de ander open is, afspraken nakomt en geen geheime agenda heeft. Het groeit door contact en interactie, en het maakt dat ic’s elkaar helpen, patiënten van elkaar overnemen en ook resultaten veilig met elkaar bespreken.',
      en: 'Trust in each other and in the collaboration: being able to count on others to be open, keep agreements and have no hidden agenda. It grows through contact and interaction, and it is what makes ICUs help each other, take over each other’s patients and also discuss results safely together.',
    },
  },
  collectiveIntelligence: {
    label: { nl: 'Collectieve intelligentie', en: 'Collective intelligence' },
    definition: {
      nl: 'Het vermogen van een groep om samen ideeën en mogelijkheden te bespreken en te verkennen hoe daarmee problemen worden opgelost of ontwikkelingen verder komen. Dit is de kern van samen leren en ontwikkelen. Het ontstaat het best in een gelijkwaardig gesprek, bijvoorbeeld wanneer intensivisten en verpleegkundigen van verschillende ziekenhuizen samen regionale protocollen opstellen.',
      en: 'The ability of a group to discuss ideas and possibilities together and to explore how these can solve problems or move developments forward. This is the core of learning and developing together. It arises best in a conversation between equals, for example when intensivists and nurses from different hospitals draw up regional protocols together.',
    },
  },
  experiencedAddedValue: {
    label: { nl: 'Ervaren meerwaarde', en: 'Experienced added value' },
    definition: {
      nl: 'De meerwaarde die mensen in de praktijk ervaren van het samenwerken. In ic-regio’s herken je die aan toegang tot elkaars kennis en kunde, elkaar vanuit verschillende expertise kunnen raadplegen en samen de zorg in de regio organiseren, zoals capaciteit, transport en overdracht. Bij de gemeenschappelijke basis gaat het om de verwachte meerwaarde, hier om de meerwaarde die men werkelijk ervaart.',
      en: 'The added value that people actually experience from collaborating. In ICU regions you recognise it in access to each other’s knowledge and skills, being able to consult each other across different expertise, and organising care in the region together, such as capacity, transport and handover. Common ground is about the value people expect; this is about the value they really experience.',
    },
  },
  commonGround: {
    label: { nl: 'Gemeenschappelijke basis', en: 'Common ground' },
    definition: {
      nl: 'Voldoende overeenstemming tussen de deelnemers van een netwerk over wat de samenwerking kan opleveren, met een gemeenschappelijk streven en gedeelde doelen. In ic-regio’s groeit die door de belangen van de afzonderlijke ziekenhuizen zichtbaar te maken, bedrijfskundig managers vroeg te betrekken en de focus te leggen op de kwaliteit van zorg.',
      en: 'Enough agreement among the participants of a network about what the collaboration can bring, with a shared aim and shared goals. In ICU regions it grows by making the interests of the individual hospitals visible, involving business managers early and focusing on the quality of care.',
    },
  },
  operationalisingCollaboration: {
    label: { nl: 'Operationaliseren van de samenwerking', en: 'Operationalising the collaboration' },
    definition: {
      nl: 'Afspraken maken en acties starten die de samenwerking vastleggen of mogelijk maken, zoals een regiostaf, netwerk-governance of financiering via een jaarlijkse contributie. Afspraken zoals gezamenlijke protocollen of werkafspraken kunnen ook leiden tot lokale implementatie bij de zorgaanbieder.',
      en: 'Making agreements and starting actions that formalise or enable the collaboration, such as regional staff, network governance or funding through an annual contribution. Agreements such as joint protocols or working arrangements can also lead to local implementation at the care provider.',
    },
  },
  optimalPatientCare: {
    label: { nl: 'Optimale patiëntenzorg', en: 'Optimal patient care' },
    definition: {
      nl: 'De meest passende zorg: elke patiënt krijgt de juiste zorg op de juiste plek. Bijvoorbeeld doordat ic’s in drukke tijden patiënten van elkaar overnemen en duidelijke afspraken hebben over transport en overdracht.',
      en: 'The most appropriate care: every patient gets the right care in the right place. For example because ICUs take over each other’s patients in busy times and have clear agreements on transport and handover.',
    },
  },
  networkObligation: {
    label: { nl: 'Verplichting tot netwerkvorming', en: 'Obligation to form a network' },
    definition: {
      nl: 'Hoe sterk regels uit de externe context zorgaanbieders verplichten om een netwerk te vormen en de samenwerking te formaliseren, zoals de aanbevelingen over ic-netwerken in de kwaliteitsstandaard. 0 betekent geen verplichting, 1 een strikte verplichting. Een verplichting brengt mensen bij elkaar, maar kan ook uitmonden in pseudosamenwerking.',
      en: 'How strongly rules from the external context oblige care providers to form a network and formalise their collaboration, such as the recommendations on ICU networks in the quality standard. 0 means no obligation, 1 a strict obligation. An obligation brings people together, but it can also end in pseudo-collaboration.',
    },
  },
} as const satisfies Record<string, FactorText>;

/** Id of a factor or input that has a text in {@link factorTexts}. */
export type FactorTextId = keyof typeof factorTexts;

/**
 * For each factor (and the input `networkObligation`): one short verbatim quote from the seed that
 * defines or illustrates it.
 */
export const factorQuotes = {
  externalContext: {
    file: SEED_FILE,
    section: `${DEFINITIONS} > Externe context samenwerkingsmodel`,
    quote:
      'De externe context omvat factoren waar individuele zorgaanbieders of zorgverleners of een netwerk geen directe invloed op hebben.',
  },
  providerCircumstances: {
    file: SEED_FILE,
    section: `${DEFINITIONS} > Omstandigheden zorgaanbieder`,
    quote:
      'De omstandigheden bij de zorgaanbieder betreffen de interne context, zoals de visie en het draagvlak van de Raad van Bestuur of het management',
  },
  localImplementation: {
    file: SEED_FILE,
    section: `${DEFINITIONS} > Lokale implementatie`,
    quote:
      'De lokale implementatie verwijst naar het doorvoeren van beoogde veranderingen en verbeteringen in de organisatie van een zorgaanbieder.',
  },
  pioneerMotivation: {
    file: SEED_FILE,
    section: `${DEFINITIONS} > Intrinsieke motivatie voortrekkers`,
    quote:
      "Onder intrinsieke motivatie van voortrekkers verstaan we de motivatie die 'visionaire' professionals uit zichzelf hebben voor samenwerking.",
  },
  supportForCollaboration: {
    file: SEED_FILE,
    section: 'Opbouwen en onderhouden van samenwerking > Werking van het feedbackmechanisme',
    quote:
      'Draagvlak voor de samenwerking vanuit zorgorganisaties of vanuit individuele zorgverleners begint bij voortrekkers',
  },
  gettingToKnowEachOther: {
    file: SEED_FILE,
    section:
      'Opbouwen en onderhouden van samenwerking > Toepassingen van het feedbackmechanisme in de ic-zorg > Elkaar leren kennen',
    quote:
      'Persoonlijke ontmoetingen. Denk hierbij aan de voortrekker die andere intensivisten opzoekt of regiocoördinatoren die verbindingen tussen anderen leggen.',
  },
  seekingEachOtherOut: {
    file: SEED_FILE,
    section:
      'Opbouwen en onderhouden van samenwerking > Toepassingen van het feedbackmechanisme in de ic-zorg > Elkaar onderling opzoeken',
    quote: 'Elkaar onderling opzoeken bestaat in eerste instantie vaak uit een-op-eencontacten.',
  },
  trust: {
    file: SEED_FILE,
    section: 'Opbouwen en onderhouden van samenwerking > Werking van het feedbackmechanisme',
    quote: 'Door deze interactie groeit het benodigde vertrouwen in elkaar en in de samenwerking.',
  },
  collectiveIntelligence: {
    file: SEED_FILE,
    section: `${DEFINITIONS} > Collectieve intelligentie`,
    quote:
      'Collectieve intelligentie is het vermogen van een groep mensen om ideeën en mogelijkheden te bespreken',
  },
  experiencedAddedValue: {
    file: SEED_FILE,
    section:
      'Samenwerken in een netwerk > Toepassingen van het feedbackmechanisme in de ic-zorg > Ervaren meerwaarde',
    quote:
      'Het activeren en vergroten van collectieve intelligentie maakt ook dat mensen meerwaarde ervaren in het samenwerken.',
  },
  commonGround: {
    file: SEED_FILE,
    section: `${DEFINITIONS} > Gemeenschappelijke basis`,
    quote:
      'verwijst naar voldoende consensus onder de deelnemers van een netwerk over de potentiële meerwaarde van de samenwerking in het netwerk',
  },
  operationalisingCollaboration: {
    file: SEED_FILE,
    section: `${DEFINITIONS} > Operationaliseren van de samenwerking`,
    quote:
      'Operationaliseren van de samenwerking is het maken van afspraken of het initiëren van acties die de samenwerking formaliseren of faciliteren',
  },
  optimalPatientCare: {
    file: SEED_FILE,
    section: `${DEFINITIONS} > Optimale patiëntenzorg`,
    quote:
      'Optimale patiëntenzorg verwijst naar de meest passende zorg waarbij patiënten de juiste zorg op de juiste plek krijgen.',
  },
  networkObligation: {
    file: SEED_FILE,
    section: 'Bij pseudo-samenwerking > Werking van het feedbackmechanisme',
    quote:
      'Wanneer een pseudosamenwerking wordt aangegaan om aan verplichtingen uit de externe context voor netwerkvorming te voldoen',
  },
} as const satisfies Record<FactorTextId, SourceRef>;
