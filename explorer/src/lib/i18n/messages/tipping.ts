import type { MessageArea } from '../index.js';

/** Texts of the tipping-point panel: the outcome map and "the least we could do". */
export const messages: MessageArea = {
  nl: {
    'tipping.intro':
      'Hoe verandert de uitkomst als twee grootheden anders zijn dan in uw regio? Elk vakje is één berekening van uw scenario, met alleen die twee waarden anders.',
    'tipping.xAxis': 'Horizontaal',
    'tipping.yAxis': 'Verticaal',
    'tipping.outcome': 'Kleur',
    'tipping.outcome.final': 'Collectieve intelligentie (eind)',
    'tipping.outcome.takesOff': 'Komt op gang (ja/nee)',
    'tipping.group.all': 'Alles tegelijk',
    'tipping.group.start': 'Startwaarde van één factor',
    'tipping.group.context': 'Omgeving (constant)',
    'tipping.group.setting': 'Modelinstellingen',
    'tipping.q.uniform': 'Alle factoren (gelijke start)',
    'tipping.unit.percentPerMonth': '% per maand',
    'tipping.sameAxes': 'Kies twee verschillende grootheden.',
    'tipping.compute': 'Bereken',
    'tipping.computing': 'Bezig met rekenen…',
    'tipping.progress': 'Voortgang van de berekening',
    'tipping.stop': 'Stop',
    'tipping.notYet': 'Kies twee grootheden en klik op Bereken (225 berekeningen).',
    'tipping.stale': 'Het scenario is gewijzigd; de kaart wordt bijgewerkt.',
    'tipping.failed': 'De kaart kon niet worden berekend',
    'tipping.mapLabel':
      'Kaart van de uitkomst over {x} (horizontaal) en {y} (verticaal); de ring markeert uw regio. De tekst eronder beschrijft de kaart.',
    'tipping.cellTitle': '{x}: {xv}; {y}: {yv} → {outcome}',
    'tipping.yes': 'komt op gang',
    'tipping.no': 'komt niet op gang',
    'tipping.legend': 'Legenda',
    'tipping.legend.low': 'laag',
    'tipping.legend.high': 'hoog',
    'tipping.legend.final': 'Collectieve intelligentie aan het eind van de run (0–100)',
    'tipping.legend.outline': 'Lijn: grens waarboven de samenwerking op gang komt',
    'tipping.legend.marker': 'Ring: uw regio nu',
    'tipping.legend.markerUniform': 'Ring: uw regio nu (gemiddelde startwaarde)',
    'tipping.legend.noMarker':
      'Uw regio staat niet op de kaart: een van beide grootheden varieert in de tijd.',
    'tipping.table.show': 'Toon de kaart als tabel',
    'tipping.table.caption': 'Uitkomst per combinatie; rijen: {y}, kolommen: {x}',
    'tipping.text.nowStalls': 'Met uw huidige waarden komt de samenwerking niet op gang.',
    'tipping.text.nowTakesOff': 'Met uw huidige waarden komt de samenwerking op gang.',
    'tipping.text.stalls.rising': 'Met ‘{q}’ vanaf ca. {v} komt ze wel op gang (de rest gelijk).',
    'tipping.text.stalls.falling': 'Met ‘{q}’ onder ca. {v} komt ze wel op gang (de rest gelijk).',
    'tipping.text.stalls.none.absent':
      'Alleen ‘{q}’ veranderen is niet genoeg: bij geen enkele waarde van {from} tot {to} komt ze op gang.',
    'tipping.text.stalls.none.present':
      'Bij elke waarde van ‘{q}’ van {from} tot {to} komt ze op gang (de rest gelijk).',
    'tipping.text.takesOff.rising': 'Met ‘{q}’ onder ca. {v} komt ze niet meer op gang (de rest gelijk).',
    'tipping.text.takesOff.falling': 'Met ‘{q}’ boven ca. {v} komt ze niet meer op gang (de rest gelijk).',
    'tipping.text.takesOff.none.present':
      'Bij elke waarde van ‘{q}’ van {from} tot {to} blijft ze op gang komen (de rest gelijk).',
    'tipping.text.takesOff.none.absent':
      'Bij geen enkele waarde van ‘{q}’ van {from} tot {to} komt ze op gang.',
    'tipping.least.title': 'Wat is het minste dat we kunnen doen?',
    'tipping.least.intro':
      'Zoekt per interventie, elk op zichzelf, de kleinste inzet waarmee de samenwerking in uw regio op gang komt.',
    'tipping.least.mode': 'Zoek de kleinste',
    'tipping.least.mode.intensity': 'Intensiteit',
    'tipping.least.mode.duration': 'Duur',
    'tipping.least.start': 'Vanaf maand',
    'tipping.least.find': 'Zoek het minste',
    'tipping.least.searching': 'Bezig met zoeken…',
    'tipping.least.already':
      'Met de huidige waarden komt de samenwerking in uw regio al op gang; een extra interventie is daarvoor niet nodig.',
    'tipping.least.stalls': 'Met de huidige waarden komt de samenwerking in uw regio niet op gang.',
    'tipping.least.waiting': 'Wacht op de berekening van het scenario…',
    'tipping.least.none':
      'Geen enkele interventie is op zichzelf genoeg, ook niet op volle sterkte tot het eind. Probeer een combinatie of kijk naar het profiel.',
    'tipping.least.best.intensity':
      'Met alleen ‘{lever}’ op {amount}% intensiteit vanaf maand {start} komt de samenwerking op gang.',
    'tipping.least.best.intensity.extra':
      'Met daarnaast alleen ‘{lever}’ op {amount}% intensiteit vanaf maand {start} komt de samenwerking op gang.',
    'tipping.least.best.duration':
      'Met alleen ‘{lever}’ op volle intensiteit gedurende {amount} maanden vanaf maand {start} komt de samenwerking op gang.',
    'tipping.least.best.duration.extra':
      'Met daarnaast alleen ‘{lever}’ op volle intensiteit gedurende {amount} maanden vanaf maand {start} komt de samenwerking op gang.',
    'tipping.least.enough.intensity': 'genoeg vanaf {amount}%',
    'tipping.least.enough.duration': 'genoeg vanaf {amount} maanden',
    'tipping.least.notEnough.intensity': 'niet genoeg, ook niet op 100%',
    'tipping.least.notEnough.duration': 'niet genoeg, ook niet tot het eind',
    'tipping.least.notEnoughList.intensity': 'Op zichzelf niet genoeg, ook niet op 100%:',
    'tipping.least.notEnoughList.duration': 'Op zichzelf niet genoeg, ook niet tot het eind:',
    'tipping.least.apply': 'Voeg toe aan scenario',
    'tipping.least.all': 'Alle interventies',
    'tipping.least.caveat':
      'Dit zijn opties voor uw regio om te bespreken, geen rangorde: een procent van de ene interventie kost niet evenveel als een procent van de andere.',
  },
  en: {
    'tipping.intro':
      'How does the outcome change when two quantities differ from your region? Each cell is one run of your scenario with only those two values changed.',
    'tipping.xAxis': 'Across',
    'tipping.yAxis': 'Up',
    'tipping.outcome': 'Colour',
    'tipping.outcome.final': 'Collective intelligence (end)',
    'tipping.outcome.takesOff': 'Takes off (yes/no)',
    'tipping.group.all': 'Everything at once',
    'tipping.group.start': 'Starting level of one factor',
    'tipping.group.context': 'Surroundings (constant)',
    'tipping.group.setting': 'Model settings',
    'tipping.q.uniform': 'All factors (uniform start)',
    'tipping.unit.percentPerMonth': '% per month',
    'tipping.sameAxes': 'Choose two different quantities.',
    'tipping.compute': 'Compute',
    'tipping.computing': 'Calculating…',
    'tipping.progress': 'Progress of the calculation',
    'tipping.stop': 'Stop',
    'tipping.notYet': 'Choose two quantities and press Compute (225 runs).',
    'tipping.stale': 'The scenario changed; the map is being updated.',
    'tipping.failed': 'The map could not be computed',
    'tipping.mapLabel':
      'Map of the outcome over {x} (across) and {y} (up); the ring marks your region. The text below describes the map.',
    'tipping.cellTitle': '{x}: {xv}; {y}: {yv} → {outcome}',
    'tipping.yes': 'takes off',
    'tipping.no': 'does not take off',
    'tipping.legend': 'Legend',
    'tipping.legend.low': 'low',
    'tipping.legend.high': 'high',
    'tipping.legend.final': 'Collective intelligence at the end of the run (0–100)',
    'tipping.legend.outline': 'Line: border beyond which collaboration takes off',
    'tipping.legend.marker': 'Ring: your region now',
    'tipping.legend.markerUniform': 'Ring: your region now (mean starting level)',
    'tipping.legend.noMarker': 'Your region is not on the map: one of the quantities varies over time.',
    'tipping.table.show': 'Show the map as a table',
    'tipping.table.caption': 'Outcome per combination; rows: {y}, columns: {x}',
    'tipping.text.nowStalls': 'With your current values, collaboration does not take off.',
    'tipping.text.nowTakesOff': 'With your current values, collaboration takes off.',
    'tipping.text.stalls.rising': 'With ‘{q}’ at about {v} or more it does (all else equal).',
    'tipping.text.stalls.falling': 'With ‘{q}’ below about {v} it does (all else equal).',
    'tipping.text.stalls.none.absent':
      'Changing only ‘{q}’ is not enough: at no value from {from} to {to} does it take off.',
    'tipping.text.stalls.none.present':
      'At every value of ‘{q}’ from {from} to {to} it takes off (all else equal).',
    'tipping.text.takesOff.rising': 'With ‘{q}’ below about {v} it no longer does (all else equal).',
    'tipping.text.takesOff.falling': 'With ‘{q}’ above about {v} it no longer does (all else equal).',
    'tipping.text.takesOff.none.present':
      'At every value of ‘{q}’ from {from} to {to} it still takes off (all else equal).',
    'tipping.text.takesOff.none.absent': 'At no value of ‘{q}’ from {from} to {to} does it take off.',
    'tipping.least.title': 'What is the least we could do?',
    'tipping.least.intro':
      'Searches, for each intervention on its own, the smallest effort with which collaboration in your region takes off.',
    'tipping.least.mode': 'Find the least',
    'tipping.least.mode.intensity': 'Intensity',
    'tipping.least.mode.duration': 'Duration',
    'tipping.least.start': 'From month',
    'tipping.least.find': 'Find the least',
    'tipping.least.searching': 'Searching…',
    'tipping.least.already':
      'With the current values, collaboration in your region already takes off; no extra intervention is needed for that.',
    'tipping.least.stalls': 'With the current values, collaboration in your region does not take off.',
    'tipping.least.waiting': 'Waiting for the scenario’s run…',
    'tipping.least.none':
      'No intervention is enough on its own, not even at full strength to the end. Try a combination or look at the profile.',
    'tipping.least.best.intensity':
      'With only ‘{lever}’ at {amount}% intensity from month {start}, collaboration takes off.',
    'tipping.least.best.intensity.extra':
      'With only ‘{lever}’ added, at {amount}% intensity from month {start}, collaboration takes off.',
    'tipping.least.best.duration':
      'With only ‘{lever}’ at full intensity for {amount} months from month {start}, collaboration takes off.',
    'tipping.least.best.duration.extra':
      'With only ‘{lever}’ added, at full intensity for {amount} months from month {start}, collaboration takes off.',
    'tipping.least.enough.intensity': 'enough from {amount}%',
    'tipping.least.enough.duration': 'enough from {amount} months',
    'tipping.least.notEnough.intensity': 'not enough, not even at 100%',
    'tipping.least.notEnough.duration': 'not enough, not even to the end',
    'tipping.least.notEnoughList.intensity': 'Not enough on its own, not even at 100%:',
    'tipping.least.notEnoughList.duration': 'Not enough on its own, not even to the end:',
    'tipping.least.apply': 'Add to scenario',
    'tipping.least.all': 'All interventions',
    'tipping.least.caveat':
      'These are options for your region to discuss, not a ranking: one percent of one intervention does not cost the same as one percent of another.',
  },
};
