import type { QuestionnaireStatement } from '@samenspel/core';

/**
 * A statement with its factor: a small helper so each entry below reads as one line of data.
 */
const item = (
  id: string,
  factor: string,
  nl: string,
  en: string,
  reversed = false,
): QuestionnaireStatement =>
  reversed ? { id, factor, text: { nl, en }, reversed } : { id, factor, text: { nl, en } };

/**
 * The statements of the ICU assessment, grouped by the factor they measure (two or three each, 38
 * in all). Written from the factor definitions and the ICU examples of the seed (seed 002): plain,
 * concrete, one idea per statement, about "our region" and never in the first person, so members
 * and partners (a board member, a referrer) answer the same sentence from where they stand. Statements marked reversed are worded negatively (agreeing means the factor is low)
 * to counter the habit of agreeing with everything; their answers are mirrored before aggregation.
 *
 * To change which items feed which factor, edit the `factor` of an entry; to add one, add a line
 * with a new id (the id becomes a CSV column). `validateQuestionnaire` in `@samenspel/core`
 * checks the result against the model.
 */
export const icuStatements: readonly QuestionnaireStatement[] = [
  // Context
  item(
    'externalContext1',
    'externalContext',
    'Landelijk beleid en regelgeving maken regionale samenwerking op de ic makkelijker.',
    'National policy and regulation make regional ICU collaboration easier.',
  ),
  item(
    'externalContext2',
    'externalContext',
    'Ziekenhuizen in onze regio zien elkaar vooral als concurrenten.',
    'Hospitals in our region mainly see each other as competitors.',
    true,
  ),
  item(
    'providerCircumstances1',
    'providerCircumstances',
    'De besturen van de ziekenhuizen in onze regio hebben een duidelijke visie op regionale ic-samenwerking.',
    'The boards of the hospitals in our region have a clear vision of regional ICU collaboration.',
  ),
  item(
    'providerCircumstances2',
    'providerCircumstances',
    "Door personeelstekort hebben de ic's in onze regio geen ruimte om aan samenwerking bij te dragen.",
    'Staff shortages leave the ICUs in our region no room to contribute to collaboration.',
    true,
  ),
  item(
    'providerCircumstances3',
    'providerCircumstances',
    'De ziekenhuizen weten waar hun ic voor staat en wat zij aan de regio kunnen bijdragen.',
    'The hospitals know what their ICU stands for and what it can contribute to the region.',
  ),
  // Building and maintaining collaboration
  item(
    'pioneerMotivation1',
    'pioneerMotivation',
    'In onze regio zijn mensen die uit zichzelf het voortouw nemen om de samenwerking verder te brengen.',
    'In our region there are people who take the lead of their own accord to move the collaboration forward.',
  ),
  item(
    'pioneerMotivation2',
    'pioneerMotivation',
    'De voortrekkers in de regio kijken over de grenzen van hun eigen ziekenhuis heen.',
    'The pioneers in the region look beyond the borders of their own hospital.',
  ),
  item(
    'pioneerMotivation3',
    'pioneerMotivation',
    'Zonder opdracht van bovenaf zou niemand in de regio aan samenwerking werken.',
    'Without an instruction from above, nobody in the region would work on collaboration.',
    true,
  ),
  item(
    'supportForCollaboration1',
    'supportForCollaboration',
    'Naast de intensivisten staan ook de ic-verpleegkundigen achter de regionale samenwerking.',
    'Besides the intensivists, the ICU nurses also back the regional collaboration.',
  ),
  item(
    'supportForCollaboration2',
    'supportForCollaboration',
    'Managers en bestuurders maken tijd vrij voor de regionale samenwerking.',
    'Managers and board members free up time for the regional collaboration.',
  ),
  item(
    'supportForCollaboration3',
    'supportForCollaboration',
    'De regionale samenwerking hangt af van een of twee mensen.',
    'The regional collaboration depends on one or two people.',
    true,
  ),
  item(
    'gettingToKnowEachOther1',
    'gettingToKnowEachOther',
    'Collega’s weten wie zij in de andere ziekenhuizen van de regio kunnen bellen met een vraag over ic-zorg.',
    'Colleagues know whom to call in the other hospitals of the region with a question about intensive care.',
  ),
  item(
    'gettingToKnowEachOther2',
    'gettingToKnowEachOther',
    'Regionale bijeenkomsten, zoals refereeravonden, meekijkdagen of een symposium, worden goed bezocht.',
    'Regional events, such as journal clubs, visiting days or a symposium, are well attended.',
  ),
  item(
    'gettingToKnowEachOther3',
    'gettingToKnowEachOther',
    'Het is bekend welke kennis en expertise in welk ziekenhuis van de regio te vinden is.',
    'It is known which knowledge and expertise can be found in which hospital of the region.',
  ),
  item(
    'seekingEachOtherOut1',
    'seekingEachOtherOut',
    'Collega’s uit verschillende ziekenhuizen raadplegen elkaar over een lastige patiënt.',
    'Colleagues from different hospitals consult each other about a difficult patient.',
  ),
  item(
    'seekingEachOtherOut2',
    'seekingEachOtherOut',
    "Als een ic vol ligt, neemt zij eerst contact op met de andere ic's in de regio.",
    'When an ICU is full, it first contacts the other ICUs in the region.',
  ),
  item(
    'seekingEachOtherOut3',
    'seekingEachOtherOut',
    'Bij een probleem lost elk ziekenhuis het liever zelf op dan dat het een ander ziekenhuis in de regio benadert.',
    'When a problem comes up, each hospital would rather solve it alone than approach another hospital in the region.',
    true,
  ),
  item(
    'trust1',
    'trust',
    'De deelnemers kunnen erop rekenen dat afspraken in de regio worden nagekomen.',
    'The participants can count on agreements in the region being kept.',
  ),
  item(
    'trust2',
    'trust',
    'In het regio-overleg kunnen tegenvallende resultaten veilig worden besproken.',
    'Disappointing results can be discussed safely in the regional meeting.',
  ),
  item(
    'trust3',
    'trust',
    'Sommige deelnemers aan de samenwerking lijken een verborgen agenda te hebben.',
    'Some participants in the collaboration seem to have a hidden agenda.',
    true,
  ),
  // Collaborating in a network
  item(
    'collectiveIntelligence1',
    'collectiveIntelligence',
    'Intensivisten en verpleegkundigen uit verschillende ziekenhuizen stellen samen regionale protocollen op.',
    'Intensivists and nurses from different hospitals draw up regional protocols together.',
  ),
  item(
    'collectiveIntelligence2',
    'collectiveIntelligence',
    'In het regio-overleg worden ideeën open en als gelijken besproken.',
    'In the regional meeting, ideas are discussed openly and as equals.',
  ),
  item(
    'collectiveIntelligence3',
    'collectiveIntelligence',
    'De ziekenhuizen delen gegevens over hun patiënten en uitkomsten om van elkaar te leren.',
    'The hospitals share data on their patients and outcomes to learn from each other.',
  ),
  item(
    'experiencedAddedValue1',
    'experiencedAddedValue',
    'Door de samenwerking hebben de ziekenhuizen toegang tot kennis en kunde die zij zelf niet hebben.',
    'Through the collaboration the hospitals have access to knowledge and skills they lack themselves.',
  ),
  item(
    'experiencedAddedValue2',
    'experiencedAddedValue',
    'Wie aan de regionale samenwerking meedoet, merkt dat in het dagelijks werk.',
    'Those who take part in the regional collaboration notice its benefit in their daily work.',
  ),
  item(
    'experiencedAddedValue3',
    'experiencedAddedValue',
    'De tijd die de regionale samenwerking kost, weegt niet op tegen wat ze oplevert.',
    'The time the regional collaboration takes is not worth what it delivers.',
    true,
  ),
  item(
    'commonGround1',
    'commonGround',
    'De doelen van de regionale samenwerking zijn voor alle deelnemers duidelijk.',
    'The goals of the regional collaboration are clear to all participants.',
  ),
  item(
    'commonGround2',
    'commonGround',
    'De belangen van de afzonderlijke ziekenhuizen zijn in het netwerk bekend.',
    'The interests of the individual hospitals are known in the network.',
  ),
  item(
    'commonGround3',
    'commonGround',
    'De deelnemers zijn het erover eens dat samenwerking de kwaliteit van de ic-zorg verbetert.',
    'The participants agree that collaboration improves the quality of intensive care.',
  ),
  item(
    'operationalisingCollaboration1',
    'operationalisingCollaboration',
    'Het netwerk heeft ondersteuning, zoals een regiocoördinator of regiostaf, die de samenwerking draagt.',
    'The network has support, such as a regional coordinator or staff, that carries the collaboration.',
  ),
  item(
    'operationalisingCollaboration2',
    'operationalisingCollaboration',
    'Er is een jaarplan waarin staat wie welk onderwerp trekt.',
    'There is an annual plan that says who leads which topic.',
  ),
  item(
    'operationalisingCollaboration3',
    'operationalisingCollaboration',
    'Het is onduidelijk wie in het netwerk waarover beslist.',
    'It is unclear who decides what in the network.',
    true,
  ),
  // Achieving results
  item(
    'localImplementation1',
    'localImplementation',
    'Regionale protocollen, bijvoorbeeld over delier of veilig toedienen van medicatie, worden op elke ic ook echt ingevoerd.',
    'Regional protocols, for example on delirium or safe administration of medication, are actually put into practice on every ICU.',
  ),
  item(
    'localImplementation2',
    'localImplementation',
    'Afspraken uit het regio-overleg blijven in de ziekenhuizen vaak op papier staan.',
    'Agreements from the regional meeting often remain on paper in the hospitals.',
    true,
  ),
  item(
    'localImplementation3',
    'localImplementation',
    'Wat ic-verpleegkundigen in regionale scholing leren, passen ze toe op hun eigen ic.',
    'What ICU nurses learn in regional training, they apply on their own ICU.',
  ),
  item(
    'optimalPatientCare1',
    'optimalPatientCare',
    'Patiënten in onze regio krijgen de ic-zorg die bij hen past, op de juiste plek.',
    'Patients in our region get the intensive care that suits them, in the right place.',
  ),
  item(
    'optimalPatientCare2',
    'optimalPatientCare',
    "In drukke tijden nemen de ic's in de regio patiënten van elkaar over.",
    'In busy times, the ICUs in the region take over each other’s patients.',
  ),
  item(
    'optimalPatientCare3',
    'optimalPatientCare',
    'Transport en overdracht van patiënten tussen ziekenhuizen verlopen vaak zonder duidelijke afspraken.',
    'Transport and handover of patients between hospitals often happen without clear agreements.',
    true,
  ),
];
