import type { MessageArea } from '../index.js';

/** Texts of the region profile (factor sliders, inputs, run settings). */
export const messages: MessageArea = {
  nl: {
    'profile.intro':
      'Stel in hoe jouw regio er nu voor staat, van 0 (afwezig) tot 100 (volledig). Het diagram en de grafiek rekenen direct mee.',
    'profile.startHeading': 'Beginniveau van de factoren',
    'profile.other': 'Overige factoren',
    'profile.info': 'Uitleg bij {name}',
    'profile.alsoIn': 'Hoort ook bij: {list}',
    'profile.quote': 'Uit het modeldocument',
    'profile.quoteDutch': 'Uit het modeldocument',
    'profile.source': 'Bron: {section}',
    'profile.inputsHeading': 'Invloeden van buiten',
    'profile.inputsIntro':
      'Deze waarden volgen niet uit het model zelf. Ze kunnen in een gekozen maand veranderen.',
    'profile.changeAt': 'Verandert in maand',
    'profile.changeMonth': 'Maand waarin {name} verandert',
    'profile.newValue': 'Nieuwe waarde',
    'profile.run': 'Instellingen van de berekening',
    'profile.horizon': 'Looptijd (maanden)',
    'profile.method': 'Rekenmethode',
    'profile.methodRk4': 'Runge-Kutta 4 (nauwkeurig)',
    'profile.methodEuler': 'Euler (eenvoudig)',
    'profile.reset': 'Terug naar de standaardwaarden',
    'profile.resetHint':
      'Zet beginniveaus, invloeden en rekeninstellingen terug. Interventies blijven staan.',
  },
  en: {
    'profile.intro':
      'Set where your region stands now, from 0 (absent) to 100 (fully present). The diagram and the chart follow at once.',
    'profile.startHeading': 'Starting level of the factors',
    'profile.other': 'Other factors',
    'profile.info': 'About {name}',
    'profile.alsoIn': 'Also part of: {list}',
    'profile.quote': 'From the model document',
    'profile.quoteDutch': 'From the model document (in Dutch)',
    'profile.source': 'Source: {section}',
    'profile.inputsHeading': 'Outside influences',
    'profile.inputsIntro':
      'These values do not follow from the model itself. They can change in a chosen month.',
    'profile.changeAt': 'Changes in month',
    'profile.changeMonth': 'Month in which {name} changes',
    'profile.newValue': 'New value',
    'profile.run': 'Calculation settings',
    'profile.horizon': 'Length of the run (months)',
    'profile.method': 'Method',
    'profile.methodRk4': 'Runge–Kutta 4 (accurate)',
    'profile.methodEuler': 'Euler (simple)',
    'profile.reset': 'Back to the model defaults',
    'profile.resetHint':
      'Resets starting levels, outside influences and calculation settings. Interventions stay.',
  },
};
