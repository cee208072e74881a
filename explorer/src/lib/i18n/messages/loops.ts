import type { MessageArea } from '../index.js';

/** Texts of the loops panel (feedback mechanisms, outcome, pseudo-collaboration). */
export const messages: MessageArea = {
  nl: {
    'loops.waiting': 'Bezig met rekenen…',
    'loops.outcome.label': 'Uitkomst na {months} maanden',
    'loops.outcome.takesOff': 'De samenwerking komt op gang',
    'loops.outcome.notYet': 'De samenwerking komt (nog) niet op gang',
    'loops.outcome.takesOffNote':
      'Collectieve intelligentie, vertrouwen en lokale implementatie zijn aan het eind samen hoog.',
    'loops.outcome.notYetNote':
      'Collectieve intelligentie, vertrouwen en lokale implementatie zijn aan het eind niet samen hoog.',
    'loops.mechanisms': 'Mechanismen aan het eind van de run',
    'loops.status.reinforcing': 'versterkt zichzelf',
    'loops.status.stalling': 'valt stil',
    'loops.since': 'sinds maand {month}',
    'loops.sinceStart': 'vanaf het begin',
    'loops.level': 'Gemiddeld niveau',
    'loops.history': 'Verloop',
    'loops.segment': '{status} van maand {from} tot {to}',
    'loops.dominant': 'Sterkste lus',
    'loops.dominantHint': 'Aanwijzen markeert de lus in het diagram; klikken houdt hem gemarkeerd.',
    'loops.noLoop': 'Geen lus draagt op dit moment invloed.',
    'loops.howItWorks': 'Hoe werkt dit mechanisme?',
    'loops.advice': 'Zo versterkt u dit mechanisme',
    'loops.pseudo.title': 'Deze run laat pseudosamenwerking zien',
    'loops.pseudo.when':
      'Van maand {from} tot maand {to} wordt er wel samengewerkt omdat het moet, maar niet samen geleerd.',
    'loops.pseudo.what': 'Wat is pseudosamenwerking?',
    'loops.pseudo.wayOut': 'De weg eruit',
    'loops.pseudo.cite': 'Zorginstituut Nederland, {section}',
    'loops.pseudo.levers': 'Interventies die eruit helpen',
    'loops.pseudo.overlay': 'Toon pseudosamenwerking in het diagram',
  },
  en: {
    'loops.waiting': 'Calculating…',
    'loops.outcome.label': 'Outcome after {months} months',
    'loops.outcome.takesOff': 'Collaboration takes off',
    'loops.outcome.notYet': 'Collaboration does not take off (yet)',
    'loops.outcome.takesOffNote':
      'Collective intelligence, trust and local implementation end up high together.',
    'loops.outcome.notYetNote':
      'Collective intelligence, trust and local implementation do not end up high together.',
    'loops.mechanisms': 'Mechanisms at the end of the run',
    'loops.status.reinforcing': 'reinforces itself',
    'loops.status.stalling': 'stalls',
    'loops.since': 'since month {month}',
    'loops.sinceStart': 'from the start',
    'loops.level': 'Mean level',
    'loops.history': 'Over the run',
    'loops.segment': '{status} from month {from} to {to}',
    'loops.dominant': 'Strongest loop',
    'loops.dominantHint': 'Pointing at the loop highlights it in the diagram; clicking keeps it highlighted.',
    'loops.noLoop': 'No loop carries any influence at this point.',
    'loops.howItWorks': 'How does this mechanism work?',
    'loops.advice': 'How to strengthen this mechanism',
    'loops.pseudo.title': 'This run shows pseudo-collaboration',
    'loops.pseudo.when':
      'From month {from} to month {to} people collaborate because they have to, but do not learn together.',
    'loops.pseudo.what': 'What is pseudo-collaboration?',
    'loops.pseudo.wayOut': 'The way out',
    'loops.pseudo.cite': 'Zorginstituut Nederland, {section} (Dutch original)',
    'loops.pseudo.levers': 'Levers that help out of it',
    'loops.pseudo.overlay': 'Show pseudo-collaboration in the diagram',
  },
};
