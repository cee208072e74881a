import type { LocalText, SourceRef } from '@samenspel/core';

import { SEED_FILE } from './seed.js';

/** Name and meaning of one recognisable behaviour of a run. */
export interface PatternText {
  /** Short name. */
  readonly label: LocalText;
  /** What the pattern means and what to do about it. */
  readonly description: LocalText;
}

/**
 * Texts of the behaviours a run summary reports: pseudo-collaboration (contact and formal
 * agreements without learning together) and collaboration that takes off (the reinforcing loops
 * carry themselves).
 */
export const patternTexts = {
  pseudoCollaboration: {
    label: { nl: 'Pseudosamenwerking', en: 'Pseudo-collaboration' },
    description: {
      nl: 'Er is wel contact en er worden formele afspraken gemaakt, maar vooral omdat het moet: vertrouwen, draagvlak en collectieve intelligentie blijven laag en er wordt nauwelijks samen geleerd. Wat helpt: gebruik de verplichte ontmoetingen om vertrouwen en draagvlak te laten groeien, begin klein en wijs voortrekkers de weg, zodat de samenwerking alsnog op gang komt.',
      en: 'There is contact and formal agreements are made, but mainly because they have to be: trust, support and collective intelligence stay low and there is hardly any learning together. What helps: use the obligatory meetings to let trust and support grow, start small and show pioneers the way, so that the collaboration can still get going.',
    },
  },
  collaborationTakesOff: {
    label: { nl: 'Samenwerking komt op gang', en: 'Collaboration takes off' },
    description: {
      nl: 'De elkaar versterkende kringen van het model nemen het over: vertrouwen, draagvlak en collectieve intelligentie groeien samen, houden elkaar op peil en leiden tot afspraken die lokaal worden ingevoerd. Blijf de samenwerking wel onderhouden, want zonder aandacht, bijvoorbeeld als mensen vertrekken of het druk is, zakt ze weer weg.',
      en: 'The mutually reinforcing loops of the model take over: trust, support and collective intelligence grow together, keep each other up and lead to agreements that are put into practice locally. Do keep maintaining the collaboration, though: without attention, for example when people leave or in busy times, it fades again.',
    },
  },
} as const satisfies Record<string, PatternText>;

/** Id of a pattern that has a text in {@link patternTexts}. */
export type PatternTextId = keyof typeof patternTexts;

/**
 * The seed's plain explanation of pseudo-collaboration and of the way out of it, for display next
 * to the pattern.
 */
export const pseudoCollaborationExplanation = {
  what: {
    nl: 'Bij pseudosamenwerking werken deelnemers samen omdat regels uit de externe context dat van hen vragen. Ze zoeken elkaar op om aan de opgelegde eisen te voldoen, en hun overleg draait volledig om het formaliseren van de samenwerking, niet om samen leren. Zo blijft alles zoveel mogelijk bij het oude; pas als de externe context verandert en er nieuwe eisen komen, zoeken ze elkaar opnieuw op.',
    en: 'In pseudo-collaboration, participants collaborate because rules from the external context require it. They seek each other out to meet the imposed requirements, and their meetings are entirely about formalising the collaboration, not about learning together. So everything stays as it was as much as possible; only when the external context changes and new requirements arrive do they seek each other out again.',
  },
  wayOut: {
    nl: 'Toch kunnen ook verplichte ontmoetingen iets in gang zetten. Daarin kunnen draagvlak en vertrouwen ontstaan die de intrinsieke motivatie van voortrekkers aanwakkeren. Dan komt het opbouwen en onderhouden van samenwerking alsnog in beweging en kan een productieve samenwerking groeien.',
    en: 'Yet obligatory meetings can also set something in motion. In them, support and trust can arise that kindle the intrinsic motivation of pioneers. Then building and maintaining collaboration can still get moving and a productive collaboration can grow.',
  },
  source: {
    file: SEED_FILE,
    section: 'Bij pseudo-samenwerking',
    quote:
      'Pseudosamenwerking zien we in netwerken waarin deelnemers wel verplicht samenwerken, maar zoveel mogelijk de status quo handhaven.',
  },
} as const satisfies { readonly what: LocalText; readonly wayOut: LocalText; readonly source: SourceRef };
