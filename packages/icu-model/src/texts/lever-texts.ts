import type { LocalText, SourceRef } from '@samenspel/core';

import { SEED_FILE } from './seed.js';

/** Name, plain description and source passage of one lever (an intervention the seed recommends). */
export interface LeverText {
  /** Short name, phrased as the advice it comes from. */
  readonly label: LocalText;
  /** What a region does, with ICU examples, and how the lever acts in the model, in plain words. */
  readonly description: LocalText;
  /** The passage in the seed that recommends the lever. */
  readonly source: SourceRef;
}

/** Heading path of the COVID-19 lessons in the seed. */
const COVID = 'De netwerklessen van COVID-19 > 1. Zoek elkaar actief op om de samenwerking te versterken';

/**
 * Texts of the levers: the interventions the seed recommends in its "Versterken van het
 * feedbackmechanisme" sections, its ICU applications and its COVID-19 lessons. Each description
 * ends with what the lever does in the model ("In het model: …" / "In the model: …").
 */
export const leverTexts = {
  influenceContext: {
    label: { nl: 'Oefen invloed uit op de context', en: 'Influence the context' },
    description: {
      nl: 'De regio probeert waar mogelijk de context te beïnvloeden, bijvoorbeeld door bij het eigen bestuur ruimte te vragen voor regionale afspraken of door mee te praten over kaders voor ic-netwerken in de kwaliteitsstandaard. Zo ontstaat meer vrijheid om te handelen en keuzes te maken. In het model: een ondersteunende context en gunstige omstandigheden bij de zorgaanbieder motiveren voortrekkers sterker, en starre regels remmen hun motivatie minder af.',
      en: 'Where possible, the region tries to influence its context, for example by asking its own board for room for regional agreements, or by helping to shape the frameworks for ICU networks in the quality standard. This creates more freedom to act and to make choices. In the model: a supportive context and favourable provider circumstances motivate pioneers more strongly, and rigid rules dampen their motivation less.',
    },
    source: {
      file: SEED_FILE,
      section: 'Feedbackmechanisme Context > Versterken van het feedbackmechanisme',
      quote:
        'Oefen invloed uit op de context waar mogelijk: zo creëert u een bepaalde mate van handelingsvrijheid en keuzevrijheid.',
    },
  },
  showPioneersTheWay: {
    label: { nl: 'Wijs de weg aan potentiële voortrekkers', en: 'Show potential pioneers the way' },
    description: {
      nl: 'Laat intensivisten en ic-verpleegkundigen die samenwerking belangrijk vinden zien hoe en waar zij in hun eigen situatie in actie kunnen komen, bijvoorbeeld door hen in contact te brengen met een regiocoördinator of met het regio-overleg. In het model: een directe duw aan de intrinsieke motivatie van voortrekkers.',
      en: 'Show intensivists and ICU nurses who care about collaboration how and where they can take action in their own situation, for example by putting them in touch with a regional coordinator or with the regional meeting. In the model: a direct push to the intrinsic motivation of pioneers.',
    },
    source: {
      file: SEED_FILE,
      section: 'Feedbackmechanisme Context > Versterken van het feedbackmechanisme',
      quote:
        'Wijs de weg aan potentiële voortrekkers: laat hen mogelijkheden zien hoe en waar zij tot actie kunnen komen',
    },
  },
  deployPioneers: {
    label: {
      nl: 'Zet voortrekkers in bij het opzetten van samenwerking',
      en: 'Deploy pioneers to set up the collaboration',
    },
    description: {
      nl: 'Voortrekkers scheppen duidelijkheid over de profielen van de ziekenhuizen (waar staan we voor, welke ic-patiënten behandelen we), stemmen het regionale aanbod op elkaar af en werken aan een langetermijnvisie voor de regio. Zo ontstaat ruimte voor de eerste stappen. In het model: de omstandigheden bij de zorgaanbieders worden gunstiger, en de motivatie van voortrekkers slaat sterker over in draagvlak voor de samenwerking.',
      en: 'Pioneers bring clarity about the profiles of the hospitals (what do we stand for, which ICU patients do we treat), align the regional offer of care and work on a long-term vision for the region. This makes room for the first steps. In the model: provider circumstances become more favourable, and the motivation of pioneers spreads more strongly into support for the collaboration.',
    },
    source: {
      file: SEED_FILE,
      section: 'Feedbackmechanisme Context > Versterken van het feedbackmechanisme',
      quote:
        'zorg dat voortrekkers duidelijkheid creëren over de profielen van ziekenhuizen, afstemming zoeken in het regionale aanbod tussen ziekenhuizen en een langetermijnvisie in de regio ontwikkelen',
    },
  },
  keepConnected: {
    label: { nl: 'Zorg voor verbondenheid', en: 'Keep people connected' },
    description: {
      nl: 'Zorg dat voortrekkers en andere betrokkenen er niet alleen voor staan, bijvoorbeeld met vaste contactmomenten, een regiocoördinator die verbindingen legt en aansluiting bij het landelijk ic-netwerk. Zo houdt de samenwerking stand, ook als het druk is of mensen vertrekken. In het model: de motivatie van voortrekkers en het elkaar kennen nemen langzamer af.',
      en: 'Make sure pioneers and others involved do not stand alone, for example through regular points of contact, a regional coordinator who connects people, and links with the national ICU network. This way the collaboration holds, even in busy times or when people leave. In the model: the motivation of pioneers and knowing each other fade more slowly.',
    },
    source: {
      file: SEED_FILE,
      section: 'Feedbackmechanisme Context > Versterken van het feedbackmechanisme',
      quote:
        'zorg dat voortrekkers en overige betrokkenen niet alleen komen te staan, maar met elkaar verbonden zijn en blijven',
    },
  },
  startSmall: {
    label: { nl: 'Begin klein', en: 'Start small' },
    description: {
      nl: 'Maak het makkelijk om in een-op-eencontacten kleine, positieve ervaringen met samenwerking op te doen: een collega in een ander ziekenhuis raadplegen, een patiënt overnemen bij een capaciteitsprobleem, samen afspraken maken over transport. In het model: extra aanwas van een-op-eencontacten (elkaar onderling opzoeken), en contact bouwt sneller vertrouwen op.',
      en: 'Make it easy to gain small, positive experiences of collaboration in one-to-one contacts: consulting a colleague in another hospital, taking over a patient when capacity is short, agreeing on transport together. In the model: extra one-to-one contact (seeking each other out), and contact builds trust faster.',
    },
    source: {
      file: SEED_FILE,
      section: 'Opbouwen en onderhouden van samenwerking > Versterken van het feedbackmechanisme',
      quote:
        'Begin klein: faciliteer dat mensen in een-op-eencontacten kleine, positieve ervaringen met samenwerking opdoen.',
    },
  },
  regionalMeetings: {
    label: { nl: 'Organiseer regionale ontmoetingen', en: 'Organise regional meetings' },
    description: {
      nl: 'De regio organiseert periodiek regio-overleg, refereeravonden, meekijkdagen zoals ‘gluren bij de buren’ en een jaarlijks symposium, met een sociaal onderdeel en accreditatie zodat mensen graag meedoen. In het model: een directe duw aan het elkaar leren kennen.',
      en: 'The region organises periodic regional meetings, journal-club evenings, visiting days such as ‘peeking at the neighbours’ and an annual symposium, with a social part and accreditation so that people are keen to take part. In the model: a direct push to getting to know each other.',
    },
    source: {
      file: SEED_FILE,
      section:
        'Opbouwen en onderhouden van samenwerking > Toepassingen van het feedbackmechanisme in de ic-zorg > Elkaar leren kennen',
      quote:
        "Denk aan regionale refereeravonden of meekijkdagen zoals 'gluren-bij-de-buren', of een jaarlijks symposium. Een sociaal component hierbij en accreditatie helpen",
    },
  },
  facilitateCollectiveIntelligence: {
    label: {
      nl: 'Faciliteer de collectieve intelligentie en werk aan een gemeenschappelijke basis',
      en: 'Facilitate collective intelligence and build common ground',
    },
    description: {
      nl: 'Breng intensivisten en verpleegkundigen van verschillende ziekenhuizen samen in een open, gelijkwaardig gesprek over waarom en hoe ze samenwerken, en werk naar gedeelde doelen toe, zoals regionale protocollen of gezamenlijk opleiden. In het model: de gemeenschappelijke basis krijgt een duw, en contact zet zich makkelijker om in collectieve intelligentie.',
      en: 'Bring intensivists and nurses from different hospitals together in an open conversation between equals about why and how they collaborate, and work towards shared goals, such as regional protocols or joint training. In the model: common ground gets a push, and contact turns more readily into collective intelligence.',
    },
    source: {
      file: SEED_FILE,
      section: 'Samenwerken in een netwerk > Versterken van het feedbackmechanisme',
      quote:
        'faciliteer de collectieve intelligentie van een groep en zorg dat deze groep werkt aan een gemeenschappelijke basis bij het samenwerken',
    },
  },
  concreteAgreements: {
    label: { nl: 'Maak concrete afspraken', en: 'Make concrete agreements' },
    description: {
      nl: 'Leg vast wat ieder ziekenhuis binnen de eigen organisatie gaat doen, bijvoorbeeld in een jaarplan met werkgroepen en een trekker, of met een afspraak over wie een nieuw regionaal delierprotocol op de eigen ic invoert. In het model: het operationaliseren van de samenwerking leidt sterker tot lokale implementatie.',
      en: 'Record what each hospital will do within its own organisation, for example in an annual plan with working groups and a lead person, or with an agreement on who introduces a new regional delirium protocol on their own ICU. In the model: operationalising the collaboration leads more strongly to local implementation.',
    },
    source: {
      file: SEED_FILE,
      section: 'Samenwerken in een netwerk > Versterken van het feedbackmechanisme',
      quote:
        'Maak concrete afspraken om acties te ondernemen binnen de eigen context: zorg voor passende ontwikkelingen binnen het operationaliseren van een samenwerking.',
    },
  },
  regionalStaff: {
    label: {
      nl: 'Stel een regiostaf aan en richt netwerk-governance in',
      en: 'Appoint regional staff and set up network governance',
    },
    description: {
      nl: 'De regio stelt een faciliterende regiostaf aan, bijvoorbeeld een manager of intensivist in een deeltijdrol, en richt governance in, zoals een stichting met een dagelijks bestuur. Dat zorgt voor duidelijke, betrouwbare communicatie en versterkt en versnelt vaak de lokale implementatie. In het model: operationaliseren leidt sterker en sneller tot lokale implementatie, en het operationaliseren zelf krijgt wat directe steun.',
      en: 'The region appoints facilitating regional staff, for example a manager or an intensivist in a part-time role, and sets up governance, such as a foundation with an executive board. This gives clear, reliable communication and often strengthens and speeds up local implementation. In the model: operationalising leads more strongly and faster to local implementation, and operationalising itself gets some direct support.',
    },
    source: {
      file: SEED_FILE,
      section: 'Samenwerken in een netwerk > Relatie tot andere feedbackmechanismen',
      quote:
        'het aanstellen van een faciliterende staf en inrichten van netwerk-governance heeft vaak een versterkend en versnellend effect op de lokale implementatie',
    },
  },
  regionalFeedback: {
    label: { nl: 'Faciliteer regionale feedback', en: 'Facilitate regional feedback' },
    description: {
      nl: 'Maak resultaten zichtbaar en bespreek ze als vast agendapunt in het regio-overleg, ondersteund met kwaliteits- en monitoringgegevens zoals de NICE-data, in een sfeer waarin dat veilig kan. Volg zo hoe afspraken uitpakken, reflecteer erop en stuur zo nodig bij. In het model: ervaringen in de patiëntenzorg voeden de ervaren meerwaarde en de collectieve intelligentie sterker.',
      en: 'Make results visible and discuss them as a standing item in the regional meeting, supported by quality and monitoring data such as the NICE data, in an atmosphere where this is safe. In this way, follow how agreements work out, reflect on them and adjust where needed. In the model: experiences in patient care feed experienced added value and collective intelligence more strongly.',
    },
    source: {
      file: SEED_FILE,
      section: 'Resultaten behalen > Relatie tot andere feedbackmechanismen',
      quote:
        'Het expliciet zichtbaar maken en onderling bespreken van behaalde resultaten in de regio, liefst ondersteund met kwaliteitsinformatie en monitoringdata, vergroot dit effect.',
    },
  },
  implementationExpertise: {
    label: { nl: 'Betrek expertise bij de implementatie', en: 'Involve implementation expertise' },
    description: {
      nl: 'Betrek bij de uitwerking en lokale invoering van afspraken iemand met kennis van, ervaring met en tijd voor verander- en implementatieprocessen, die de voortrekkers ondersteunt. In het model: operationaliseren leidt sterker tot lokale implementatie, de implementatie groeit sneller en de voortrekkers krijgen steun.',
      en: 'When agreements are worked out and introduced locally, involve someone with knowledge of, experience with and time for change and implementation processes, who supports the pioneers. In the model: operationalising leads more strongly to local implementation, implementation grows faster and the pioneers get support.',
    },
    source: {
      file: SEED_FILE,
      section: 'Resultaten behalen > Versterken van het feedbackmechanisme',
      quote:
        'Betrek expertise bij de implementatie: betrek bij de uitwerking en lokale implementatie iemand met kennis van, ervaring met en tijd voor verander- en implementatieprocessen',
    },
  },
  informalContact: {
    label: { nl: 'Spreek elkaar vaker informeel', en: 'Talk informally more often' },
    description: {
      nl: 'Spreek elkaar binnen het regionetwerk vaak en laagdrempelig, zoals tijdens de COVID-19-pandemie, toen ic’s in de regio elkaar wekelijks of zelfs dagelijks spraken om kennis te delen. In het model: er is meer onderling contact, en dat contact zet zich makkelijker om in collectieve intelligentie.',
      en: 'Talk to each other often and informally within the regional network, as during the COVID-19 pandemic, when ICUs in a region spoke weekly or even daily to share knowledge. In the model: there is more contact between people, and that contact turns more readily into collective intelligence.',
    },
    source: {
      file: SEED_FILE,
      section: `${COVID} > Spreek elkaar vaker informeel`,
      quote: 'Het belang van elkaar binnen een regionetwerk vaker spreken om (laagdrempelig) kennis te delen',
    },
  },
  transparency: {
    label: { nl: 'Wees transparant', en: 'Be transparent' },
    description: {
      nl: 'Deel cijfers, praktische tips en gedachten, bijvoorbeeld over capaciteit, medicatie of thuisbeademing, zoals ic’s tijdens de pandemie in online besprekingen deden. Die openheid vergroot de bereidheid om elkaar te helpen en patiënten van elkaar over te nemen. In het model: contact bouwt sneller vertrouwen op, en daarmee groeit de bereidheid om elkaar te helpen.',
      en: 'Share figures, practical tips and thoughts, for example on capacity, medication or home ventilation, as ICUs did in online meetings during the pandemic. This openness makes people more willing to help each other and to take over each other’s patients. In the model: contact builds trust faster, and with it the willingness to help each other grows.',
    },
    source: {
      file: SEED_FILE,
      section: `${COVID} > Wees transparant; deel praktische tips en gedachten`,
      quote:
        'Deze transparantie bevorderde de bereidwilligheid om elkaar te helpen en patiënten van elkaar over te nemen.',
    },
  },
  shareDifferingViews: {
    label: {
      nl: 'Deel en respecteer uiteenlopende zienswijzen',
      en: 'Share and respect differing views',
    },
    description: {
      nl: 'Maak verschillen van inzicht bespreekbaar en geef een conflict aandacht en tijd, in een veilige, besloten digitale ruimte waar bijvoorbeeld protocollen worden vergeleken en besproken tot er een gedeeld inzicht is. In het model: contact zet zich makkelijker om in collectieve intelligentie, en de gemeenschappelijke basis groeit.',
      en: 'Make differences of opinion open to discussion and give a conflict attention and time, in a safe, closed digital space where, for example, protocols are compared and discussed until there is a shared view. In the model: contact turns more readily into collective intelligence, and common ground grows.',
    },
    source: {
      file: SEED_FILE,
      section: `${COVID} > Deel en respecteer uiteenlopende zienswijzen en leer van de verschillen`,
      quote:
        'Juist door aandacht en tijd te geven aan het conflict ontstaan vaak andere en nieuwe inzichten en wordt de collectieve intelligentie vergroot.',
    },
  },
} as const satisfies Record<string, LeverText>;

/** Id of a lever that has a text in {@link leverTexts}. */
export type LeverId = keyof typeof leverTexts;
