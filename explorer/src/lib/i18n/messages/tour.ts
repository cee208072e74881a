import type { MessageArea } from '../index.js';

/**
 * Texts of the guided tour. Per step `tour.<step>.title` (intro and closing; mechanism steps use the
 * model's mechanism name), `tour.<step>.plain` (a plain-words sentence of our own beside the model's
 * description), `tour.<step>.try` (the experiment; its numbers come from `tour-steps.ts` through
 * `{value}` or `{lever}`).
 */
export const messages: MessageArea = {
  nl: {
    'tour.title': 'Rondleiding',
    'tour.step': 'Stap {current} van {total}',
    'tour.mechanism': 'Feedbackmechanisme',
    'tour.back': 'Vorige',
    'tour.next': 'Volgende',
    'tour.finish': 'Klaar',
    'tour.close': 'Sluiten',
    'tour.closeLabel': 'Rondleiding sluiten',
    'tour.loop': 'Gemarkeerd in het diagram',
    'tour.noLoop': 'Dit mechanisme heeft in het model geen eigen lus.',
    'tour.overlay': 'Het diagram toont nu ook de laag van pseudosamenwerking.',
    'tour.experiment': 'Probeer het zelf',
    'tour.tryButton': 'Probeer het',
    'tour.applied': 'Toegepast. Met Ongedaan maken zet je het terug.',
    'tour.outcome': '{factor} na {month} maanden: {before} → {after}',
    'tour.waiting': 'Bezig met rekenen…',
    'tour.intro.title': 'Welkom bij Samenspel',
    'tour.intro.plain':
      'Samenspel laat zien hoe samenwerking in een ic-netwerk zichzelf kan versterken of juist kan stilvallen. Het model van Zorginstituut Nederland beschrijft dertien factoren, zoals vertrouwen en draagvlak, die elkaar beïnvloeden in vijf feedbackmechanismen.',
    'tour.intro.how':
      'Deze rondleiding loopt de mechanismen een voor een langs. Bij elke stap wordt een lus in het diagram gemarkeerd en stellen we een klein experiment voor dat je met één knop uitprobeert. Links stel je het profiel van je regio in; in het midden zie je het diagram en het verloop in de tijd.',
    'tour.context.plain':
      'In gewone woorden: hoe meer ruimte de omgeving en de eigen organisatie geven, hoe eerder mensen uit zichzelf in beweging komen.',
    'tour.context.try':
      'Zet de externe context op {value} en kijk wat er met de omstandigheden bij de zorgaanbieder en de motivatie van voortrekkers gebeurt.',
    'tour.building.plain':
      'In gewone woorden: wie elkaar kent, zoekt elkaar op; wie elkaar opzoekt, gaat elkaar vertrouwen; en dat vertrouwen maakt mensen weer gemotiveerder.',
    'tour.building.try':
      'Zet de motivatie van voortrekkers op {value} en kijk wat er met vertrouwen gebeurt.',
    'tour.network.plain':
      'In gewone woorden: samen leren levert iets op dat je merkt, en wat je merkt maakt de gedeelde basis sterker, zodat je weer meer samen leert.',
    'tour.network.try':
      'Zet de interventie ‘{lever}’ aan en kijk hoe de collectieve intelligentie en het operationaliseren van de samenwerking groeien.',
    'tour.results.plain':
      'In gewone woorden: pas als afspraken op de werkvloer echt worden ingevoerd, wordt de zorg beter, en dat gaat niet van vandaag op morgen.',
    'tour.results.try':
      'Zet de lokale implementatie op {value} en kijk hoe de optimale patiëntenzorg volgt, met enige vertraging.',
    'tour.pseudo.plain':
      'In gewone woorden: samenwerken omdat het moet, levert afspraken op papier op, maar nog geen samen leren. Het hoeft geen eindpunt te zijn: ook in verplichte ontmoetingen kan vertrouwen groeien.',
    'tour.pseudo.try':
      'Zet de verplichting tot netwerkvorming op {value} en vergelijk het operationaliseren van de samenwerking met de collectieve intelligentie: de afspraken komen snel, het samen leren volgt trager.',
    'tour.closing.title': 'En nu jouw regio',
    'tour.closing.plain':
      'Stel in het profiel de factoren in zoals ze in jouw regio zijn, en kijk welke lussen gaan versterken of stilvallen. Onder Interventies staat het advies uit het model, klaar om aan te zetten.',
    'tour.closing.note':
      'Het model is bedoeld om de eigen regio te bespreken, niet om regio’s met elkaar te vergelijken. Wat je in deze rondleiding hebt uitgeprobeerd, zet je terug met Ongedaan maken.',
  },
  en: {
    'tour.title': 'Guided tour',
    'tour.step': 'Step {current} of {total}',
    'tour.mechanism': 'Feedback mechanism',
    'tour.back': 'Back',
    'tour.next': 'Next',
    'tour.finish': 'Done',
    'tour.close': 'Close',
    'tour.closeLabel': 'Close the guided tour',
    'tour.loop': 'Highlighted in the diagram',
    'tour.noLoop': 'This mechanism has no loop of its own in the model.',
    'tour.overlay': 'The diagram now also shows the pseudo-collaboration layer.',
    'tour.experiment': 'Try it yourself',
    'tour.tryButton': 'Try it',
    'tour.applied': 'Done. Undo puts it back.',
    'tour.outcome': '{factor} after {month} months: {before} → {after}',
    'tour.waiting': 'Calculating…',
    'tour.intro.title': 'Welcome to Samenspel',
    'tour.intro.plain':
      'Samenspel shows how collaboration in an ICU network can reinforce itself or stall. The model by Zorginstituut Nederland describes thirteen factors, such as trust and support, that influence each other in five feedback mechanisms.',
    'tour.intro.how':
      'This tour takes you through the mechanisms one by one. At each step a loop in the diagram is highlighted and we suggest a small experiment you can try with one button. On the left you set your region’s profile; in the middle you see the diagram and the course over time.',
    'tour.context.plain':
      'In plain words: the more room the surroundings and one’s own organisation give, the sooner people start moving of their own accord.',
    'tour.context.try':
      'Set the external context to {value} and watch what happens to the provider’s circumstances and the pioneers’ motivation.',
    'tour.building.plain':
      'In plain words: people who know each other seek each other out; people who seek each other out come to trust each other; and that trust motivates them further.',
    'tour.building.try': 'Set the pioneers’ motivation to {value} and watch what happens to trust.',
    'tour.network.plain':
      'In plain words: learning together brings something you notice, and what you notice strengthens the shared ground, so you learn together even more.',
    'tour.network.try':
      'Switch on the intervention ‘{lever}’ and watch collective intelligence and the operationalising of the collaboration grow.',
    'tour.results.plain':
      'In plain words: care only improves once agreements are really put into practice on the ward, and that does not happen overnight.',
    'tour.results.try':
      'Set local implementation to {value} and watch optimal patient care follow, with some delay.',
    'tour.pseudo.plain':
      'In plain words: collaborating because you have to produces agreements on paper, but no learning together yet. It need not be the end: trust can grow in obligatory meetings too.',
    'tour.pseudo.try':
      'Set the obligation to form a network to {value} and compare the operationalising of the collaboration with collective intelligence: the agreements come fast, learning together follows more slowly.',
    'tour.closing.title': 'Now your region',
    'tour.closing.plain':
      'Set the factors in the profile as they are in your region, and watch which loops reinforce or stall. Under Interventions you find the model’s advice, ready to switch on.',
    'tour.closing.note':
      'The model is for discussing your own region, not for comparing regions with each other. Whatever you tried in this tour, Undo puts it back.',
  },
};
