import type { MessageArea } from '../index.js';

/** Texts of the app shell. */
export const messages: MessageArea = {
  nl: {
    'app.title': 'Samenspel',
    'app.subtitle': 'Samenwerking in ic-netwerken: zie de feedbacklussen versterken of stilvallen',
    'app.language': 'Taal',
    'app.undo': 'Ongedaan maken',
    'app.redo': 'Opnieuw',
    'app.presentation': 'Presentatiemodus',
    'app.tour': 'Rondleiding',
    'app.profile': 'Profiel van de regio',
    'app.diagram': 'Causaal lussendiagram',
    'app.chart': 'Verloop in de tijd',
    'app.loops': 'Feedbackmechanismen',
    'app.levers': 'Interventies',
    'app.tipping': 'Kantelpunt',
    'app.scenarios': 'Scenario’s',
    'app.running': 'Bezig met rekenen…',
    'app.error': 'De berekening is mislukt',
    'app.tooLong':
      'Dit scenario vraagt {steps} tijdstappen (horizon {horizon} maanden, tijdstap {dt}); de verkenner rekent tot {max} per berekening. Kies een grotere tijdstap of een kortere horizon bij ‘Instellingen van de berekening’ (de opdrachtregel rekent het wel). U ziet de laatste berekening die paste.',
    'app.noRanking':
      'Dit model is bedoeld om de eigen regio te bespreken, niet om regio’s te vergelijken of te rangschikken.',
    'app.skip': 'Naar de inhoud',
  },
  en: {
    'app.title': 'Samenspel',
    'app.subtitle': 'Collaboration in ICU networks: watch the feedback loops reinforce or stall',
    'app.language': 'Language',
    'app.undo': 'Undo',
    'app.redo': 'Redo',
    'app.presentation': 'Presentation mode',
    'app.tour': 'Guided tour',
    'app.profile': 'Region profile',
    'app.diagram': 'Causal loop diagram',
    'app.chart': 'Over time',
    'app.loops': 'Feedback mechanisms',
    'app.levers': 'Interventions',
    'app.tipping': 'Tipping point',
    'app.scenarios': 'Scenarios',
    'app.running': 'Calculating…',
    'app.error': 'The calculation failed',
    'app.tooLong':
      'This scenario asks for {steps} time steps (horizon {horizon} months, time step {dt}); the explorer computes up to {max} per run. Choose a larger time step or a shorter horizon under ‘Calculation settings’ (the command line does run it). What you see is the last run that fitted.',
    'app.noRanking': 'This model is for discussing your own region, not for comparing or ranking regions.',
    'app.skip': 'Skip to content',
  },
};
