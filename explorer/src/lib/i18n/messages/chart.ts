import type { MessageArea } from '../index.js';

/** Texts of the time-series chart. */
export const messages: MessageArea = {
  nl: {
    'chart.filter': 'Toon mechanisme',
    'chart.all': 'Alle',
    'chart.month': 'Maand',
    'chart.level': 'Niveau (0–100)',
    'chart.monthN': 'Maand {month}',
    'chart.cursor': 'Waarden per maand',
    'chart.hint':
      'Beweeg over de grafiek of gebruik de pijltjestoetsen om de waarden per maand te zien. Klik om het diagram naar die maand te zetten.',
    'chart.title': 'Verloop van de factoren over {months} maanden',
    'chart.exportTitle': 'Samenspel: verloop van de factoren over {months} maanden',
    'chart.exportTitleNamed': 'Samenspel – {name}: verloop van de factoren over {months} maanden',
    'chart.without': 'zonder interventies',
    'chart.withoutLegend': 'Stippellijn: dezelfde regio zonder interventies',
    'chart.withoutValue': 'zonder: {value}',
    'chart.legend': 'Legenda (klik om een lijn te markeren)',
    'chart.table': 'Toon als tabel',
    'chart.tableCaption': 'Niveau van de factoren (0–100) per maand',
    'chart.factor': 'Factor',
    'chart.change': '{name}: {from} → {to}',
    'chart.waiting': 'Bezig met rekenen…',
  },
  en: {
    'chart.filter': 'Show mechanism',
    'chart.all': 'All',
    'chart.month': 'Month',
    'chart.level': 'Level (0–100)',
    'chart.monthN': 'Month {month}',
    'chart.cursor': 'Values per month',
    'chart.hint':
      'Move over the chart or use the arrow keys to see the values per month. Click to move the diagram to that month.',
    'chart.title': 'The factors over {months} months',
    'chart.exportTitle': 'Samenspel: the factors over {months} months',
    'chart.exportTitleNamed': 'Samenspel – {name}: the factors over {months} months',
    'chart.without': 'without interventions',
    'chart.withoutLegend': 'Dotted line: the same region without interventions',
    'chart.withoutValue': 'without: {value}',
    'chart.legend': 'Legend (click to highlight a line)',
    'chart.table': 'Show as table',
    'chart.tableCaption': 'Level of the factors (0–100) per month',
    'chart.factor': 'Factor',
    'chart.change': '{name}: {from} → {to}',
    'chart.waiting': 'Calculating…',
  },
};
