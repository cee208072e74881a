import type { MessageArea } from '../index.js';

// Problems of a refused scenario file, share link or saved scenario, keyed by code
// (`scenarios.problem.<code>`, the general sentence naming the field, and
// `scenarios.problem.<code>.<variant>` when the problem's params allow a fuller one; see
// `scenarios/problems.ts`). Values are plain text: {field} is the path in quotes or the name of
// the whole file or link; {value}, {min}, {max} and other numbers are already formatted.

/** Texts of scenario, share-link and file problems, and the kinds of value they name. */
export const messages: MessageArea = {
  nl: {
    'scenarios.label.file': '(bestand)',
    'scenarios.label.link': '(link)',
    'scenarios.label.scenario': '(scenario)',
    'scenarios.whole.file': 'het bestand',
    'scenarios.whole.link': 'de link',
    'scenarios.whole.scenario': 'het scenario',
    'scenarios.kind.number': 'een getal',
    'scenarios.kind.string': 'tekst',
    'scenarios.kind.boolean': 'true of false',
    'scenarios.kind.object': 'een object (velden tussen accolades)',
    'scenarios.kind.list': 'een lijst',
    'scenarios.kind.choice': 'een van de vaste keuzes',
    'scenarios.kind.null': 'null',
    'scenarios.kind.missing': 'leeg',
    'scenarios.kind.or': ' of ',

    'scenarios.problem.invalid_type': '{field} heeft niet het juiste soort waarde',
    'scenarios.problem.invalid_type.document':
      'een scenario moet een JSON-object zijn (velden tussen accolades)',
    'scenarios.problem.invalid_type.missing': 'dit verplichte veld ontbreekt',
    'scenarios.problem.invalid_type.typed': 'moet {expected} zijn, maar is {received}',
    'scenarios.problem.invalid_type.typedValue': 'moet {expected} zijn, maar is {received}: {value}',
    'scenarios.problem.invalid_value': '{field} heeft een waarde die hier niet is toegestaan',
    'scenarios.problem.invalid_value.not_finite': 'moet een eindig getal zijn',
    'scenarios.problem.invalid_value.empty_list':
      'een reeks heeft minstens één punt nodig (met month en value)',
    'scenarios.problem.invalid_value.exogenous_in_initial':
      '‘{id}’ komt van buiten het netwerk: zet het onder ‘inputs’, niet onder ‘initial’',
    'scenarios.problem.invalid_value.endogenous_in_inputs':
      '‘{id}’ is een factor van het model: zet het beginniveau onder ‘initial’, niet onder ‘inputs’',
    'scenarios.problem.invalid_value.dt_not_dividing':
      'stapgrootte {value} deelt de looptijd van {horizon} maanden niet in hele stappen',
    'scenarios.problem.out_of_range': '{field} ligt buiten het toegestane bereik',
    'scenarios.problem.out_of_range.range': '{value} ligt buiten het toegestane bereik van {min} tot {max}',
    'scenarios.problem.out_of_range.above': '{value} is hoger dan het maximum van {max}',
    'scenarios.problem.out_of_range.below': '{value} is lager dan het minimum van {min}',
    'scenarios.problem.out_of_range.steps':
      'stapgrootte {value} geeft {steps} rekenstappen; hoogstens {max} zijn toegestaan',
    'scenarios.problem.unknown_field': '{field} is geen bekend veld',
    'scenarios.problem.unknown_field.full': 'onbekend veld ‘{id}’',
    'scenarios.problem.unknown_factor': '{field} noemt een onbekende factor',
    'scenarios.problem.unknown_factor.full': 'onbekende factor ‘{id}’',
    'scenarios.problem.unknown_input': '{field} noemt een onbekende invoer',
    'scenarios.problem.unknown_input.full': 'onbekende invoer ‘{id}’',
    'scenarios.problem.unknown_input.known': 'onbekende invoer ‘{id}’; de invoeren zijn {known}',
    'scenarios.problem.unknown_lever': '{field} noemt een onbekende hefboom',
    'scenarios.problem.unknown_lever.full': 'onbekende hefboom ‘{id}’',
    'scenarios.problem.unknown_lever.known': 'onbekende hefboom ‘{id}’; de hefbomen zijn {known}',
    'scenarios.problem.unknown_parameter': '{field} noemt een onbekende parameter',
    'scenarios.problem.unknown_parameter.full':
      'onbekende parameter ‘{id}’; gebruik de id van een algemene parameter, een factor-id met .growthRate, .erosion, .halfSaturation of .steepness, of een verbindings-id met .weight of .delay',
    'scenarios.problem.unknown_link': '{field} noemt een onbekende verbinding',
    'scenarios.problem.unknown_link.full': 'onbekende verbinding ‘{id}’',
    'scenarios.problem.unknown_mechanism': '{field} noemt een onbekend mechanisme',
    'scenarios.problem.unknown_mechanism.full': 'onbekend mechanisme ‘{id}’',
    'scenarios.problem.unknown_method': '{field} noemt een onbekende rekenmethode; gebruik ‘rk4’ of ‘euler’',
    'scenarios.problem.unknown_method.full': 'onbekende rekenmethode {value}; gebruik ‘rk4’ of ‘euler’',
    'scenarios.problem.duplicate_id': '{field} herhaalt een id die al gebruikt is',
    'scenarios.problem.duplicate_id.full': 'id ‘{id}’ komt twee keer voor',
    'scenarios.problem.not_positive': '{field} moet groter zijn dan 0',
    'scenarios.problem.not_positive.full': 'moet groter zijn dan 0, maar is {value}',
    'scenarios.problem.exogenous_target':
      '{field} wijst naar een factor van buiten het netwerk; verbindingen wijzen alleen naar factoren van het model',
    'scenarios.problem.exogenous_target.full':
      '‘{id}’ komt van buiten het netwerk; verbindingen wijzen alleen naar factoren van het model',
    'scenarios.problem.invalid_series': '{field}: de maanden van een reeks moeten oplopen',
    'scenarios.problem.invalid_series.full': 'de maanden moeten oplopen: {value} volgt op {previous}',
    'scenarios.problem.invalid_interval': '{field}: de eindmaand moet na de beginmaand liggen',
    'scenarios.problem.invalid_interval.full': 'de eindmaand ({end}) moet na de beginmaand ({start}) liggen',
    'scenarios.problem.invalid_json': '{field} is geen geldige JSON',
    'scenarios.problem.invalid_json.full': 'geen geldige JSON (melding van de browser: {reason})',
    'scenarios.problem.unsupported_version': '{field} komt uit een versie die niet wordt ondersteund',
    'scenarios.problem.unsupported_version.full':
      'versie {value} wordt niet ondersteund; deze verkenner leest versie {supported}',

    'scenarios.problem.link_empty': 'de link bevat geen scenariogegevens',
    'scenarios.problem.link_too_long': 'de linkgegevens zijn te lang',
    'scenarios.problem.link_too_long.full': 'de linkgegevens zijn te lang ({value} tekens; hoogstens {max})',
    'scenarios.problem.link_undecodable':
      'de linkgegevens zijn niet uit te pakken; de link is beschadigd of onvolledig',
    'scenarios.problem.link_too_large': 'de uitgepakte linkgegevens zijn te groot',
    'scenarios.problem.link_version': 'deze linkversie wordt niet ondersteund',
    'scenarios.problem.link_version.full':
      'linkversie {value} wordt niet ondersteund; deze verkenner leest versie {supported}',
    'scenarios.problem.file_too_large': 'het bestand is te groot',
    'scenarios.problem.file_too_large.full': 'het bestand is groter dan {max} kB',
    'scenarios.problem.file_unreadable': 'het bestand kan niet worden gelezen',
  },
  en: {
    'scenarios.label.file': '(file)',
    'scenarios.label.link': '(link)',
    'scenarios.label.scenario': '(scenario)',
    'scenarios.whole.file': 'the file',
    'scenarios.whole.link': 'the link',
    'scenarios.whole.scenario': 'the scenario',
    'scenarios.kind.number': 'a number',
    'scenarios.kind.string': 'text',
    'scenarios.kind.boolean': 'true or false',
    'scenarios.kind.object': 'an object (fields in braces)',
    'scenarios.kind.list': 'a list',
    'scenarios.kind.choice': 'one of the fixed choices',
    'scenarios.kind.null': 'null',
    'scenarios.kind.missing': 'empty',
    'scenarios.kind.or': ' or ',

    'scenarios.problem.invalid_type': '{field} does not hold the right kind of value',
    'scenarios.problem.invalid_type.document': 'a scenario must be a JSON object (fields in braces)',
    'scenarios.problem.invalid_type.missing': 'this required field is missing',
    'scenarios.problem.invalid_type.typed': 'must be {expected}, but is {received}',
    'scenarios.problem.invalid_type.typedValue': 'must be {expected}, but is {received}: {value}',
    'scenarios.problem.invalid_value': '{field} holds a value that is not allowed here',
    'scenarios.problem.invalid_value.not_finite': 'must be a finite number',
    'scenarios.problem.invalid_value.empty_list': 'a series needs at least one point (with month and value)',
    'scenarios.problem.invalid_value.exogenous_in_initial':
      '‘{id}’ comes from outside the network: set it under ‘inputs’, not ‘initial’',
    'scenarios.problem.invalid_value.endogenous_in_inputs':
      '‘{id}’ is a factor of the model: set its starting level under ‘initial’, not ‘inputs’',
    'scenarios.problem.invalid_value.dt_not_dividing':
      'step size {value} does not divide the run of {horizon} months into whole steps',
    'scenarios.problem.out_of_range': '{field} is outside the allowed range',
    'scenarios.problem.out_of_range.range': '{value} is outside the allowed range of {min} to {max}',
    'scenarios.problem.out_of_range.above': '{value} is above the maximum of {max}',
    'scenarios.problem.out_of_range.below': '{value} is below the minimum of {min}',
    'scenarios.problem.out_of_range.steps':
      'step size {value} gives {steps} steps; at most {max} are allowed',
    'scenarios.problem.unknown_field': '{field} is not a known field',
    'scenarios.problem.unknown_field.full': 'unknown field ‘{id}’',
    'scenarios.problem.unknown_factor': '{field} names an unknown factor',
    'scenarios.problem.unknown_factor.full': 'unknown factor ‘{id}’',
    'scenarios.problem.unknown_input': '{field} names an unknown input',
    'scenarios.problem.unknown_input.full': 'unknown input ‘{id}’',
    'scenarios.problem.unknown_input.known': 'unknown input ‘{id}’; the inputs are {known}',
    'scenarios.problem.unknown_lever': '{field} names an unknown lever',
    'scenarios.problem.unknown_lever.full': 'unknown lever ‘{id}’',
    'scenarios.problem.unknown_lever.known': 'unknown lever ‘{id}’; the levers are {known}',
    'scenarios.problem.unknown_parameter': '{field} names an unknown parameter',
    'scenarios.problem.unknown_parameter.full':
      'unknown parameter ‘{id}’; use the id of a global parameter, a factor id with .growthRate, .erosion, .halfSaturation or .steepness, or a link id with .weight or .delay',
    'scenarios.problem.unknown_link': '{field} names an unknown link',
    'scenarios.problem.unknown_link.full': 'unknown link ‘{id}’',
    'scenarios.problem.unknown_mechanism': '{field} names an unknown mechanism',
    'scenarios.problem.unknown_mechanism.full': 'unknown mechanism ‘{id}’',
    'scenarios.problem.unknown_method': '{field} names an unknown method; use ‘rk4’ or ‘euler’',
    'scenarios.problem.unknown_method.full': 'unknown method {value}; use ‘rk4’ or ‘euler’',
    'scenarios.problem.duplicate_id': '{field} repeats an id that is already used',
    'scenarios.problem.duplicate_id.full': 'id ‘{id}’ appears twice',
    'scenarios.problem.not_positive': '{field} must be greater than 0',
    'scenarios.problem.not_positive.full': 'must be greater than 0, but is {value}',
    'scenarios.problem.exogenous_target':
      '{field} points at a factor from outside the network; links only point at factors of the model',
    'scenarios.problem.exogenous_target.full':
      '‘{id}’ comes from outside the network; links only point at factors of the model',
    'scenarios.problem.invalid_series': '{field}: the months of a series must increase',
    'scenarios.problem.invalid_series.full': 'the months must increase: {value} follows {previous}',
    'scenarios.problem.invalid_interval': '{field}: the end month must be later than the start month',
    'scenarios.problem.invalid_interval.full':
      'the end month ({end}) must be later than the start month ({start})',
    'scenarios.problem.invalid_json': '{field} is not valid JSON',
    'scenarios.problem.invalid_json.full': 'not valid JSON (the browser reports: {reason})',
    'scenarios.problem.unsupported_version': '{field} comes from a version that is not supported',
    'scenarios.problem.unsupported_version.full':
      'version {value} is not supported; this explorer reads version {supported}',

    'scenarios.problem.link_empty': 'the link holds no scenario data',
    'scenarios.problem.link_too_long': 'the link data is too long',
    'scenarios.problem.link_too_long.full': 'the link data is too long ({value} characters; at most {max})',
    'scenarios.problem.link_undecodable':
      'the link data cannot be unpacked; the link is damaged or incomplete',
    'scenarios.problem.link_too_large': 'the unpacked link data is too large',
    'scenarios.problem.link_version': 'this link version is not supported',
    'scenarios.problem.link_version.full':
      'link version {value} is not supported; this explorer reads version {supported}',
    'scenarios.problem.file_too_large': 'the file is too large',
    'scenarios.problem.file_too_large.full': 'the file is larger than {max} kB',
    'scenarios.problem.file_unreadable': 'the file cannot be read',
  },
};
