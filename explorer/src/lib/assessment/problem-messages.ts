import type { CsvProblemCode, RegionProblemCode } from '@samenspel/assessment';

/** Texts per code in one language: every CSV and every region-file problem code. */
type ProblemTexts = Readonly<
  Record<`assessment.csvCode.${CsvProblemCode}` | `assessment.regionCode.${RegionProblemCode}`, string>
>;

/**
 * The Dutch and English texts of the assessment library's problem codes, merged into the
 * assessment message area. Placeholders are the problem's params plus `row` and `column`; the
 * values are interpolated as text (see `problem-text.ts`).
 */
export const problemMessages: { readonly nl: ProblemTexts; readonly en: ProblemTexts } = {
  nl: {
    'assessment.csvCode.not_utf8':
      'Het bestand is geen geldige UTF-8 (byte {byte} op positie {offset}); het is gelezen als Windows-1252 (Latin-1), de codering die Excel vaak gebruikt. Controleer namen met accenten, of sla het bestand op als ‘CSV UTF-8’.',
    'assessment.csvCode.file_empty':
      'Het bestand is leeg: verwacht werd een kopregel met ‘group’ en de codes van de stellingen.',
    'assessment.csvCode.no_known_columns':
      'De kopregel noemt geen enkele bekende kolom (verwacht: {expected}). Scheid de kolommen met een komma, een puntkomma of een tab.',
    'assessment.csvCode.unsupported_delimiter':
      'De kopregel noemt geen enkele bekende kolom (verwacht: {expected}); de kolommen lijken gescheiden door {delimiter}. Scheid de kolommen met een komma, een puntkomma of een tab.',
    'assessment.csvCode.misdecoded_text':
      'De tekst bevat tekens die met de verkeerde codering zijn gelezen (zoals � of Ã©). Sla het bestand op als UTF-8.',
    'assessment.csvCode.duplicate_group_column': 'Een tweede groepskolom (‘{column}’) wordt genegeerd.',
    'assessment.csvCode.duplicate_column':
      'Kolom ‘{statement}’ staat er twee keer in; de eerste wordt gebruikt.',
    'assessment.csvCode.personal_column':
      'Kolom ‘{column}’ kan iemand herkenbaar maken en wordt weggelaten: namen en contactgegevens worden niet bewaard.',
    'assessment.csvCode.unknown_column': 'Onbekende kolom ‘{column}’ wordt genegeerd.',
    'assessment.csvCode.missing_column':
      'Kolom ‘{column}’ ontbreekt; de antwoorden daarop tellen als ‘weet niet’.',
    'assessment.csvCode.missing_group_column':
      'De kolom ‘group’ ontbreekt: elke rij heeft de groep van de deelnemer nodig ({groups}). Er is niets gelezen.',
    'assessment.csvCode.row_not_split':
      'De rij heeft één cel waar de kopregel er {expected} heeft: het bestand scheidt kolommen met {delimiter}. Rij overgeslagen.',
    'assessment.csvCode.row_other_delimiter':
      'De rij scheidt kolommen met {rowDelimiter}, het bestand met {fileDelimiter}; gelezen met {rowDelimiter}.',
    'assessment.csvCode.row_misdecoded':
      'De rij bevat tekens die verkeerd gelezen lijken (het bestand is misschien geen UTF-8).',
    'assessment.csvCode.row_extra_cells':
      'De rij heeft {cells} cellen, de kopregel {expected}; de extra cellen worden genegeerd.',
    'assessment.csvCode.row_missing_cells':
      'De rij heeft {cells} cellen, de kopregel {expected}; de ontbrekende cellen tellen als ‘weet niet’.',
    'assessment.csvCode.group_empty': 'Geen groep ingevuld; rij overgeslagen.',
    'assessment.csvCode.group_unknown':
      'Onbekende groep ‘{value}’; gebruik een van {groups} (of de naam van de groep). Rij overgeslagen.',
    'assessment.csvCode.value_out_of_scale':
      'Waarde {value} valt buiten de schaal: antwoorden zijn hele getallen van 1 tot 5. Telt als ‘weet niet’.',
    'assessment.csvCode.value_not_answer':
      '‘{value}’ is geen antwoord: gebruik 1 tot 5, of laat de cel leeg (of ?, weet niet, n.v.t.) voor ‘weet niet’. Telt als ‘weet niet’.',
    'assessment.csvCode.row_no_answers':
      'De rij heeft geen enkel antwoord; overgeslagen, zodat ze niet als deelnemer telt.',

    'assessment.regionCode.invalid_json': 'dit is geen geldig JSON-bestand (melding: {reason})',
    'assessment.regionCode.not_region_file':
      'dit is geen regiobestand: ‘format’ moet ‘samenspel-region’ zijn',
    'assessment.regionCode.unsupported_version':
      'versie {version} wordt niet ondersteund; deze verkenner leest versie 1',
    'assessment.regionCode.missing_field': 'het veld ‘{field}’ ontbreekt',
    'assessment.regionCode.not_an_object': 'moet een object zijn (velden tussen accolades)',
    'assessment.regionCode.not_text': 'moet tekst zijn',
    'assessment.regionCode.empty_id': 'mag niet leeg zijn',
    'assessment.regionCode.not_a_date':
      'moet een bestaande datum zijn als jjjj-mm-dd (geen maand 13 of 30 februari)',
    'assessment.regionCode.not_a_number': 'moet een getal zijn',
    'assessment.regionCode.month_out_of_range':
      'de maand moet een getal van 0 of meer zijn (maanden sinds de eerste meting)',
    'assessment.regionCode.not_a_list': 'moet een lijst zijn',
    'assessment.regionCode.not_true_or_false': 'moet true of false zijn',
    'assessment.regionCode.answer_out_of_scale':
      'een antwoord moet 1, 2, 3, 4, 5 of null (weet niet) zijn, niet {value}',
    'assessment.regionCode.unknown_response_field':
      'onbekend veld ‘{field}’: een antwoord bevat alleen id, group, answers en comment (geen namen)',
    'assessment.regionCode.duplicate_round_id': 'meting-id ‘{id}’ komt twee keer voor',
    'assessment.regionCode.duplicate_response_id':
      'antwoord-id ‘{id}’ komt twee keer voor in meting ‘{round}’',
    'assessment.regionCode.plan_unknown_round':
      'het plan hoort bij meting ‘{round}’, maar die zit niet in de regio',
    'assessment.regionCode.unknown_lever': 'onbekende hefboom ‘{lever}’',
    'assessment.regionCode.scenario_rejected':
      'het model weigert deze scenariowaarde (controle ‘{diagnostic}’)',
    'assessment.regionCode.invalid_value': 'deze waarde past niet in een regiobestand',
  },
  en: {
    'assessment.csvCode.not_utf8':
      'The file is not valid UTF-8 (byte {byte} at offset {offset}); it was read as Windows-1252 (Latin-1), the encoding Excel often uses. Check accented names, or save the file as ‘CSV UTF-8’.',
    'assessment.csvCode.file_empty':
      'The file is empty: expected a header line with ‘group’ and the statement ids.',
    'assessment.csvCode.no_known_columns':
      'The header line names no known column (expected: {expected}). Separate columns with a comma, a semicolon or a tab.',
    'assessment.csvCode.unsupported_delimiter':
      'The header line names no known column (expected: {expected}); the columns seem separated by {delimiter}. Separate columns with a comma, a semicolon or a tab.',
    'assessment.csvCode.misdecoded_text':
      'The text holds characters read with the wrong encoding (such as � or Ã©). Save the file as UTF-8.',
    'assessment.csvCode.duplicate_group_column': 'A second group column (‘{column}’) is ignored.',
    'assessment.csvCode.duplicate_column': 'Column ‘{statement}’ appears twice; the first one is used.',
    'assessment.csvCode.personal_column':
      'Column ‘{column}’ would identify a person and is dropped: no names or contact details are stored.',
    'assessment.csvCode.unknown_column': 'Unknown column ‘{column}’ is ignored.',
    'assessment.csvCode.missing_column': 'Column ‘{column}’ is missing; its answers count as don’t know.',
    'assessment.csvCode.missing_group_column':
      'The ‘group’ column is missing: every row needs the respondent’s group ({groups}). Nothing was read.',
    'assessment.csvCode.row_not_split':
      'The row has one cell where the header has {expected}: the file separates columns with {delimiter}. Row skipped.',
    'assessment.csvCode.row_other_delimiter':
      'The row separates columns with {rowDelimiter}, the file with {fileDelimiter}; read with {rowDelimiter}.',
    'assessment.csvCode.row_misdecoded':
      'The row holds characters that look wrongly decoded (the file may not be UTF-8).',
    'assessment.csvCode.row_extra_cells':
      'The row has {cells} cells, the header {expected}; the extra cells are ignored.',
    'assessment.csvCode.row_missing_cells':
      'The row has {cells} cells, the header {expected}; the missing cells count as don’t know.',
    'assessment.csvCode.group_empty': 'No group given; row skipped.',
    'assessment.csvCode.group_unknown':
      'Unknown group ‘{value}’; use one of {groups} (or the group’s name). Row skipped.',
    'assessment.csvCode.value_out_of_scale':
      'Value {value} is outside the scale: answers are whole numbers 1 to 5. Counted as don’t know.',
    'assessment.csvCode.value_not_answer':
      '‘{value}’ is not an answer: use 1 to 5, or leave the cell empty (or ?, don’t know, n/a) for don’t know. Counted as don’t know.',
    'assessment.csvCode.row_no_answers':
      'The row has no answers; skipped, so it does not count as a respondent.',

    'assessment.regionCode.invalid_json': 'this is not a valid JSON file (reported: {reason})',
    'assessment.regionCode.not_region_file': 'this is not a region file: ‘format’ must be ‘samenspel-region’',
    'assessment.regionCode.unsupported_version':
      'version {version} is not supported; this explorer reads version 1',
    'assessment.regionCode.missing_field': 'the field ‘{field}’ is missing',
    'assessment.regionCode.not_an_object': 'must be an object (fields in braces)',
    'assessment.regionCode.not_text': 'must be text',
    'assessment.regionCode.empty_id': 'must not be empty',
    'assessment.regionCode.not_a_date': 'must be a real date as yyyy-mm-dd (no month 13 or 30 February)',
    'assessment.regionCode.not_a_number': 'must be a number',
    'assessment.regionCode.month_out_of_range':
      'the month must be a number of 0 or more (months since the first round)',
    'assessment.regionCode.not_a_list': 'must be a list',
    'assessment.regionCode.not_true_or_false': 'must be true or false',
    'assessment.regionCode.answer_out_of_scale':
      'an answer must be 1, 2, 3, 4, 5 or null (don’t know), not {value}',
    'assessment.regionCode.unknown_response_field':
      'unknown field ‘{field}’: a response holds only id, group, answers and comment (no names)',
    'assessment.regionCode.duplicate_round_id': 'round id ‘{id}’ appears twice',
    'assessment.regionCode.duplicate_response_id': 'response id ‘{id}’ appears twice in round ‘{round}’',
    'assessment.regionCode.plan_unknown_round':
      'the plan belongs to round ‘{round}’, which the region does not have',
    'assessment.regionCode.unknown_lever': 'unknown lever ‘{lever}’',
    'assessment.regionCode.scenario_rejected': 'the model refuses this scenario value (check ‘{diagnostic}’)',
    'assessment.regionCode.invalid_value': 'this value does not fit a region file',
  },
};
