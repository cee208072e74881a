import type { LocalText, SourceRef } from '@samenspel/core';

import type { LeverId } from './lever-texts.js';
import { SEED_FILE } from './seed.js';

/** One piece of the seed's advice for strengthening a mechanism, in our own words. */
export interface AdviceText {
  /** The advice, actionable, in one or two sentences. */
  readonly text: LocalText;
  /** Where the advice is in the seed; the quote is the advice's heading phrase. */
  readonly source: SourceRef;
  /** Ids of the levers that put this advice into practice. */
  readonly levers: readonly LeverId[];
}

/** Name, working and advice of one feedback mechanism. */
export interface MechanismText {
  /** Name of the mechanism as the seed lists it. */
  readonly label: LocalText;
  /** How the mechanism works, in two to four sentences. */
  readonly description: LocalText;
  /** The seed's advice for strengthening the mechanism, one entry per bullet. */
  readonly advice: readonly AdviceText[];
}

/**
 * The five feedback mechanisms of the model: what they are called, how they work (after each
 * "Werking van het feedbackmechanisme") and the seed's advice for strengthening them (after each
 * "Versterken van het feedbackmechanisme"). Pseudo-collaboration is not drawn in the seed's model
 * figure; its advice is the way out the seed describes.
 */
export const mechanismTexts = {
  context: {
    label: { nl: 'Context', en: 'Context' },
    description: {
      nl: 'De context bepaalt voor een groot deel hoeveel ruimte en motivatie er is om regionaal samen te werken. Als de externe context en de omstandigheden bij de zorgaanbieder voldoende ondersteunend zijn, raken voortrekkers uit zichzelf gemotiveerd om samenwerking in de regio te zoeken; een zeer formele, starre context beperkt juist de ervaren ruimte om keuzes te maken. Beide beïnvloeden ook of afspraken lokaal kunnen worden doorgevoerd, en die lokale implementatie verandert op haar beurt weer de omstandigheden bij de zorgaanbieder.',
      en: 'The context largely decides how much room and motivation there is to collaborate regionally. When the external context and the circumstances at the care provider are supportive enough, pioneers become motivated of their own accord to seek collaboration in the region; a very formal, rigid context, by contrast, limits the room people feel they have to make choices. Both also affect whether agreements can be carried out locally, and that local implementation in turn changes the circumstances at the care provider.',
    },
    advice: [
      {
        text: {
          nl: 'Oefen waar mogelijk invloed uit op de context, zodat er meer vrijheid ontstaat om zelf te handelen en keuzes te maken.',
          en: 'Influence the context where you can, so that there is more freedom to act and to make your own choices.',
        },
        source: {
          file: SEED_FILE,
          section: 'Feedbackmechanisme Context > Versterken van het feedbackmechanisme',
          quote: 'Oefen invloed uit op de context waar mogelijk',
        },
        levers: ['influenceContext'],
      },
      {
        text: {
          nl: 'Laat potentiële voortrekkers zien hoe en waar zij in hun eigen situatie in actie kunnen komen om samenwerking tot stand te brengen.',
          en: 'Show potential pioneers how and where they can take action in their own situation to bring about collaboration.',
        },
        source: {
          file: SEED_FILE,
          section: 'Feedbackmechanisme Context > Versterken van het feedbackmechanisme',
          quote: 'Wijs de weg aan potentiële voortrekkers',
        },
        levers: ['showPioneersTheWay'],
      },
      {
        text: {
          nl: 'Zet voortrekkers in om duidelijkheid te scheppen over de profielen van de ziekenhuizen, het regionale aanbod op elkaar af te stemmen en een langetermijnvisie voor de regio te ontwikkelen. Zo ontstaat ruimte voor de eerste stappen naar samenwerking.',
          en: 'Deploy pioneers to bring clarity about the profiles of the hospitals, to align the regional offer of care and to develop a long-term vision for the region. This makes room for the first steps towards collaboration.',
        },
        source: {
          file: SEED_FILE,
          section: 'Feedbackmechanisme Context > Versterken van het feedbackmechanisme',
          quote: 'Zet voortrekkers in bij het opzetten van samenwerking',
        },
        levers: ['deployPioneers'],
      },
      {
        text: {
          nl: 'Zorg dat voortrekkers en andere betrokkenen er niet alleen voor staan, maar met elkaar verbonden zijn en blijven, bijvoorbeeld via vaste regionale ontmoetingen.',
          en: 'Make sure pioneers and others involved do not stand alone, but are and stay connected with each other, for example through regular regional meetings.',
        },
        source: {
          file: SEED_FILE,
          section: 'Feedbackmechanisme Context > Versterken van het feedbackmechanisme',
          quote:
            'Zorg voor verbondenheid: zorg dat voortrekkers en overige betrokkenen niet alleen komen te staan',
        },
        levers: ['keepConnected', 'regionalMeetings'],
      },
    ],
  },
  building: {
    label: { nl: 'Opbouwen en onderhouden van samenwerking', en: 'Building and maintaining collaboration' },
    description: {
      nl: 'Draagvlak voor samenwerking begint bij voortrekkers en brengt zorgorganisaties en zorgverleners dichter bij elkaar. Wie elkaar leert kennen, zoekt elkaar steeds vaker op, en door dat contact groeit vertrouwen in elkaar en in de samenwerking. Vertrouwen voedt op zijn beurt de motivatie van voortrekkers en het draagvlak, zodat de kring zichzelf versterkt. Als er voldoende vertrouwen en draagvlak is, kan het contact uitgroeien tot collectieve intelligentie.',
      en: 'Support for collaboration starts with pioneers and brings care organisations and professionals closer together. People who get to know each other seek each other out more and more often, and through that contact trust grows, in each other and in the collaboration. Trust in turn feeds the motivation of pioneers and the support, so the loop strengthens itself. When there is enough trust and support, the contact can grow into collective intelligence.',
    },
    advice: [
      {
        text: {
          nl: 'Begin klein: maak het mogelijk dat mensen in een-op-eencontacten kleine, positieve ervaringen met samenwerking opdoen, bijvoorbeeld door een collega te raadplegen, laagdrempelig kennis te delen of samen een overplaatsing te regelen.',
          en: 'Start small: make it possible for people to gain small, positive experiences of collaboration in one-to-one contacts, for example by consulting a colleague, sharing knowledge informally or arranging a transfer together.',
        },
        source: {
          file: SEED_FILE,
          section: 'Opbouwen en onderhouden van samenwerking > Versterken van het feedbackmechanisme',
          quote:
            'Begin klein: faciliteer dat mensen in een-op-eencontacten kleine, positieve ervaringen met samenwerking opdoen.',
        },
        levers: ['startSmall', 'informalContact', 'transparency'],
      },
    ],
  },
  network: {
    label: { nl: 'Samenwerken in een netwerk', en: 'Collaborating in a network' },
    description: {
      nl: 'De kern is sociale interactie waarin de collectieve intelligentie groeit: samen leren en ontwikkelen. Vaak moet daarvoor eerst een gemeenschappelijke basis ontstaan, met een gedeeld streven en gedeelde doelen. Collectieve intelligentie leidt tot het operationaliseren van de samenwerking en laat mensen meerwaarde ervaren, wat de gemeenschappelijke basis weer vergroot. Wanneer zorgaanbieders de afspraken uit het netwerk in hun eigen praktijk doorvoeren, is er sprake van lokale implementatie.',
      en: 'At its core is social interaction in which collective intelligence grows: learning and developing together. Often a common ground, with a shared aim and shared goals, has to form first. Collective intelligence leads to operationalising the collaboration and lets people experience added value, which in turn widens the common ground. When care providers carry the agreements made in the network into their own practice, there is local implementation.',
    },
    advice: [
      {
        text: {
          nl: 'Faciliteer de collectieve intelligentie van de groep en werk samen aan een gemeenschappelijke basis, zoals een gezamenlijk streven of gedeelde doelen. Doe dat inclusief en open, vanuit de verschillende wensen, perspectieven en belangen van alle betrokkenen.',
          en: 'Facilitate the collective intelligence of the group and work together on common ground, such as a shared aim or shared goals. Do this inclusively and openly, starting from the different wishes, perspectives and interests of everyone involved.',
        },
        source: {
          file: SEED_FILE,
          section: 'Samenwerken in een netwerk > Versterken van het feedbackmechanisme',
          quote:
            'Faciliteer de collectieve intelligentie: faciliteer de collectieve intelligentie van een groep en zorg dat deze groep werkt aan een gemeenschappelijke basis',
        },
        levers: ['facilitateCollectiveIntelligence', 'shareDifferingViews'],
      },
      {
        text: {
          nl: 'Maak concrete afspraken over wat ieder binnen de eigen organisatie gaat doen, zodat het operationaliseren van de samenwerking ook tot passende veranderingen leidt. Alleen afspraken maken leidt nog niet vanzelf tot implementatie.',
          en: 'Make concrete agreements on what everyone will do within their own organisation, so that operationalising the collaboration also leads to fitting changes. Making agreements alone does not by itself lead to implementation.',
        },
        source: {
          file: SEED_FILE,
          section: 'Samenwerken in een netwerk > Versterken van het feedbackmechanisme',
          quote: 'Maak concrete afspraken om acties te ondernemen binnen de eigen context',
        },
        levers: ['concreteAgreements', 'regionalStaff'],
      },
    ],
  },
  results: {
    label: { nl: 'Resultaten behalen', en: 'Achieving results' },
    description: {
      nl: 'Zodra kennis, ideeën en afspraken uit de samenwerking, zoals gezamenlijke protocollen of werkafspraken, lokaal worden ingevoerd, komt dit mechanisme in werking. Als de beoogde veranderingen in de werkwijze van zorgverleners en zorgaanbieders echt worden doorgevoerd, leidt dat, soms pas na enige tijd, tot betere patiëntenzorg. De ervaringen in de patiëntenzorg voeden op hun beurt de ervaren meerwaarde en de collectieve intelligentie, vooral als resultaten zichtbaar worden gemaakt en in de regio worden besproken.',
      en: 'As soon as knowledge, ideas and agreements from the collaboration, such as joint protocols or working arrangements, are introduced locally, this mechanism starts working. When the intended changes in the way professionals and providers work are really carried through, this leads, sometimes only after a while, to better patient care. Experiences in patient care in turn feed the experienced added value and collective intelligence, especially when results are made visible and discussed in the region.',
    },
    advice: [
      {
        text: {
          nl: 'Volg, reflecteer en stuur zo nodig bij: bespreek in het regionaal overleg hoe afspraken en activiteiten worden uitgewerkt en welke resultaten ze opleveren. Dat laat zien waar je verder kunt en waar je moet bijsturen.',
          en: 'Follow, reflect and adjust where needed: discuss in the regional meeting how agreements and activities are being worked out and what results they bring. This shows where you can move on and where you need to adjust.',
        },
        source: {
          file: SEED_FILE,
          section: 'Resultaten behalen > Versterken van het feedbackmechanisme',
          quote:
            'Volg, reflecteer en stuur eventueel bij: bespreek in een regionaal overleg hoe afspraken, activiteiten en resultaten worden opgepakt',
        },
        levers: ['regionalFeedback'],
      },
      {
        text: {
          nl: 'Betrek bij de uitwerking en lokale implementatie iemand met kennis van, ervaring met en tijd voor verander- en implementatieprocessen. Die persoon kan de voortrekkers goed ondersteunen.',
          en: 'When working out and implementing agreements locally, involve someone with knowledge of, experience with and time for change and implementation processes. That person can give the pioneers good support.',
        },
        source: {
          file: SEED_FILE,
          section: 'Resultaten behalen > Versterken van het feedbackmechanisme',
          quote:
            'Betrek expertise bij de implementatie: betrek bij de uitwerking en lokale implementatie iemand met kennis van, ervaring met en tijd voor verander- en implementatieprocessen',
        },
        levers: ['implementationExpertise'],
      },
    ],
  },
  pseudo: {
    label: { nl: 'Pseudosamenwerking', en: 'Pseudo-collaboration' },
    description: {
      nl: 'Deelnemers werken samen omdat het moet, maar houden zoveel mogelijk de status quo vast. Om aan eisen uit de externe context te voldoen zoeken ze elkaar op, en die ontmoetingen draaien volledig om het formaliseren van de samenwerking, zodat aan de eisen is voldaan. Er wordt niet samen geleerd; pas als de externe context verandert, zoeken deelnemers elkaar opnieuw op. Daarom staat dit mechanisme niet in de tekening van het model.',
      en: 'Participants collaborate because they have to, but keep the status quo as much as they can. They seek each other out to meet requirements from the external context, and those meetings are entirely about formalising the collaboration so that the requirements are met. There is no learning together; only when the external context changes do participants seek each other out again. That is why this mechanism is not drawn in the model figure.',
    },
    advice: [
      {
        text: {
          nl: 'Benut ook verplichte ontmoetingen: daarin kunnen draagvlak en vertrouwen groeien die de intrinsieke motivatie van voortrekkers aanwakkeren. Zo kan het opbouwen en onderhouden van samenwerking alsnog op gang komen en een productieve samenwerking ontstaan.',
          en: 'Make use of obligatory meetings too: in them, support and trust can grow that kindle the intrinsic motivation of pioneers. In this way, building and maintaining collaboration can still get going and a productive collaboration can arise.',
        },
        source: {
          file: SEED_FILE,
          section: 'Bij pseudo-samenwerking > Versterken van het feedbackmechanisme',
          quote:
            'kan draagvlak en vertrouwen ontstaan waarmee de intrinsieke motivatie van voortrekkers wordt aangewakkerd',
        },
        levers: ['startSmall', 'transparency', 'showPioneersTheWay'],
      },
    ],
  },
} as const satisfies Record<string, MechanismText>;

/** Id of a mechanism that has a text in {@link mechanismTexts}. */
export type MechanismTextId = keyof typeof mechanismTexts;
