import type { MessageArea } from '../index.js';

/** Texts of the uncertainty panel: Monte Carlo runs around the current scenario. */
export const messages: MessageArea = {
  nl: {
    'uncertainty.heading': 'Onzekerheid',
    'uncertainty.intro':
      'Hoe zeker is de uitkomst? Het model rekent uw scenario vele keren door, telkens met startwaarden en instellingen die een beetje anders zijn.',
    'uncertainty.factor': 'Factor',
    'uncertainty.runs': 'Aantal berekeningen',
    'uncertainty.initialSpread': 'Spreiding startwaarden',
    'uncertainty.parameterSpread': 'Spreiding instellingen',
    'uncertainty.plusMinus': '± {value}',
    'uncertainty.none': 'geen',
    'uncertainty.compute': 'Bereken spreiding',
    'uncertainty.cancel': 'Stop',
    'uncertainty.computing': 'Bezig met rekenen…',
    'uncertainty.progress': 'Voortgang van de spreidingsberekening',
    'uncertainty.notYet': 'Kies wat er mag variëren en klik op Bereken spreiding.',
    'uncertainty.cancelled': 'Gestopt; er is niets berekend.',
    'uncertainty.failed': 'De spreiding kon niet worden berekend',
    'uncertainty.stale':
      'Het scenario of de instellingen zijn gewijzigd sinds deze berekening; klik opnieuw op Bereken spreiding.',
    'uncertainty.share': 'In {present} van de {runs} berekeningen ({percent}%) komt de samenwerking op gang.',
    'uncertainty.chartLabel':
      'Spreiding van {factor} over de maanden: de lijn is de mediaan, de donkere band de middelste helft (25–75%), de lichte band 5–95% van de berekeningen.',
    'uncertainty.legend.median': 'mediaan',
    'uncertainty.legend.inner': '25–75%',
    'uncertainty.legend.outer': '5–95%',
    'uncertainty.month': 'Maand',
    'uncertainty.table.show': 'Toon de spreiding als tabel',
    'uncertainty.table.caption': '{factor} (in %) per maand over {runs} berekeningen',
    'uncertainty.source': 'Bron van de spreiding',
    'uncertainty.source.assessment': 'spreiding uit de meting',
    'uncertainty.source.amount': 'vaste marge (±)',
    'uncertainty.source.explain':
      'Elke startwaarde wordt getrokken rond het gemiddelde uit ‘{round}’, zo breed als de onzekerheid van dat gemiddelde (de spreiding van de antwoorden gedeeld door de wortel uit het aantal deelnemers), niet zo breed als de onenigheid zelf; factoren met minder dan drie antwoorden hebben geen getoond gemiddelde (privacy) en houden de vaste marge.',
    'uncertainty.used.assessment':
      'Gebruikte spreiding: uit de meting ‘{round}’ voor {measured, plural, one {# factor} other {# factoren}}{plain, plural, =0 {} one {; # factor zonder gemeten spreiding met ± {amount}} other {; # factoren zonder gemeten spreiding met ± {amount}}}.',
    'uncertainty.used.amount': 'Gebruikte spreiding: ± {amount} op elke startwaarde.',
    'uncertainty.unknownRound': 'de meting',
  },
  en: {
    'uncertainty.heading': 'Uncertainty',
    'uncertainty.intro':
      'How certain is the outcome? The model runs your scenario many times, each time with slightly different starting values and settings.',
    'uncertainty.factor': 'Factor',
    'uncertainty.runs': 'Number of runs',
    'uncertainty.initialSpread': 'Spread of starting values',
    'uncertainty.parameterSpread': 'Spread of settings',
    'uncertainty.plusMinus': '± {value}',
    'uncertainty.none': 'none',
    'uncertainty.compute': 'Compute spread',
    'uncertainty.cancel': 'Stop',
    'uncertainty.computing': 'Computing…',
    'uncertainty.progress': 'Progress of the spread computation',
    'uncertainty.notYet': 'Choose what may vary and click Compute spread.',
    'uncertainty.cancelled': 'Stopped; nothing was computed.',
    'uncertainty.failed': 'The spread could not be computed',
    'uncertainty.stale':
      'The scenario or the settings have changed since this computation; click Compute spread again.',
    'uncertainty.share': 'In {present} of the {runs} runs ({percent}%) the collaboration takes off.',
    'uncertainty.chartLabel':
      'Spread of {factor} over the months: the line is the median, the dark band the middle half (25–75%), the light band 5–95% of the runs.',
    'uncertainty.legend.median': 'median',
    'uncertainty.legend.inner': '25–75%',
    'uncertainty.legend.outer': '5–95%',
    'uncertainty.month': 'Month',
    'uncertainty.table.show': 'Show the spread as a table',
    'uncertainty.table.caption': '{factor} (in %) per month over {runs} runs',
    'uncertainty.source': 'Source of the spread',
    'uncertainty.source.assessment': 'spread from the assessment',
    'uncertainty.source.amount': 'fixed margin (±)',
    'uncertainty.source.explain':
      'Each starting value is drawn around the mean from ‘{round}’, as wide as the uncertainty of that mean (the spread of the answers divided by the square root of the number of respondents), not as wide as the disagreement itself; factors with fewer than three answers have no mean shown (privacy) and keep the fixed margin.',
    'uncertainty.used.assessment':
      'Spread used: from the assessment ‘{round}’ for {measured, plural, one {# factor} other {# factors}}{plain, plural, =0 {} one {; # factor without a measured spread with ± {amount}} other {; # factors without a measured spread with ± {amount}}}.',
    'uncertainty.used.amount': 'Spread used: ± {amount} on every starting value.',
    'uncertainty.unknownRound': 'the assessment',
  },
};
