import type { Intervention, Scenario } from '@samenspel/core';

/** One answer on the five-point scale; `null` is "don't know / not applicable" (or left empty). */
export type Answer = 1 | 2 | 3 | 4 | 5 | null;

/**
 * One respondent's answers. Never holds a name or any other personal detail: only a generated id,
 * the respondent group and the answers by statement id.
 */
export interface Response {
  /** Generated id (for example `r1`), unique within a round. */
  id: string;
  /** Respondent group id (see the questionnaire's `groups`). */
  group: string;
  /** Answer per statement id; a missing key counts as `null`. Answers are as given (not mirrored). */
  answers: Readonly<Record<string, Answer>>;
  /**
   * Optional free-text remark or suggestion (the CSV's `comment` column). Free text can still
   * mention people: read it before sharing; {@link roundComments} shows it without small groups.
   */
  comment?: string;
}

/** One assessment round: everyone's answers gathered at one moment. */
export interface Round {
  /** Stable id, unique within a region. */
  id: string;
  /** Display name, for example "Nulmeting". */
  label: string;
  /** Date of the round, ISO `yyyy-mm-dd`. */
  date: string;
  /** Months since the region's first round (0 for the first round). */
  month: number;
  /** The responses. */
  responses: Response[];
}

/** Summary statistics of a set of answers, on 0–100 (answer 1..5 → 0, 25, 50, 75, 100). */
export interface Stat {
  /** Mean on 0–100; null when nobody answered, or hidden for privacy (see `aggregateRound`). */
  mean: number | null;
  /** Sample standard deviation on 0–100 (n − 1 in the denominator); null when fewer than two answers or hidden. */
  sd: number | null;
  /** Number of respondents who answered (at least one statement of the factor, or the statement). */
  n: number;
}

/**
 * Summary of one factor in a round. A respondent's factor score is the mean of their (mirrored)
 * answers to the factor's statements; the Stats are over respondents' factor scores.
 */
export interface FactorSummary {
  /** Factor id. */
  factor: string;
  /** Every respondent; hidden when fewer than the minimum group size answered. */
  all: Stat;
  /** Respondents in `self` groups (the network itself). */
  self: Stat;
  /** Respondents in `partner` groups (everyone else). */
  others: Stat;
  /**
   * Per shown group id, plus `others`: every partner group too small to show on its own, folded
   * together (present only when such a group has respondents). A network group too small to show
   * has no entry. Any Stat here or above (`all`, `self`, `others`) has its mean and sd hidden
   * (null), its `n` kept, when it rests on fewer answers than the minimum group size, or when
   * showing it would let the hidden ones be computed back (see `aggregateRound`).
   */
  byGroup: Record<string, Stat>;
}

/** Summary of a round per factor and per respondent group. */
export interface RoundSummary {
  /** Id of the round summarised. */
  roundId: string;
  /** Number of responses in the round (responses with an unknown group included). */
  respondents: number;
  /**
   * Each questionnaire group with its respondent count and whether it is shown on its own (at least
   * the minimum group size); a shown group may still have a hidden Stat on a factor.
   */
  groups: { id: string; respondents: number; shown: boolean }[];
  /** One summary per factor that has statements, in the questionnaire's order. */
  factors: FactorSummary[];
}

/** One row of {@link selfVersusOthers}. */
export interface SelfVersusOthers {
  /** Factor id. */
  factor: string;
  /** How the network sees itself. */
  self: Stat;
  /** What the partners think. */
  others: Stat;
  /** self.mean − others.mean (0–100 points); null when either is null. */
  difference: number | null;
}

/** One statement of {@link disagreement}. */
export interface StatementDisagreement {
  /** Statement id. */
  statement: string;
  /** Factor the statement feeds. */
  factor: string;
  /** Sample standard deviation of the (mirrored) answers on 0–100. */
  sd: number;
  /** Number of respondents who answered it. */
  n: number;
}

/** Starting values of a region for the engine (levels on 0–1), from a round summary. */
export interface StartingValues {
  /** Mean per factor on 0–1 (factors whose mean the summary hides, or nobody answered, are left out). */
  initial: Record<string, number>;
  /** Standard deviation per factor on 0–1 (0 when the summary has none). */
  spread: Record<string, number>;
  /** Number of respondents per factor behind the value. */
  answered: Record<string, number>;
}

/**
 * The parameters of each CSV problem code, by code. Every value is plain text or a number, so an
 * app can interpolate them into its own message for the code. Row and column are not repeated
 * here: they are fields of the problem itself.
 */
export type CsvProblemParams = {
  /** The bytes are not UTF-8: the first bad byte (`0xE9`) and its offset; read as Windows-1252. */
  not_utf8: { byte: string; offset: number };
  /** No header line at all. */
  file_empty: Record<string, never>;
  /** The header names no known column; `expected`: `group` and the first statement ids. */
  no_known_columns: { expected: string };
  /** As `no_known_columns`, and the header seems to use `delimiter` (such as `|`). */
  unsupported_delimiter: { expected: string; delimiter: string };
  /** Text in the file looks decoded with the wrong encoding (`�`, `Ã©`). */
  misdecoded_text: Record<string, never>;
  /** A second group column (the problem's `column`) is ignored. */
  duplicate_group_column: Record<string, never>;
  /** A statement column appears twice; the first is used. */
  duplicate_column: { statement: string };
  /** A column that would identify a person is dropped. */
  personal_column: Record<string, never>;
  /** A column the questionnaire does not know is ignored. */
  unknown_column: Record<string, never>;
  /** A statement column is missing; its answers count as don't know. */
  missing_column: Record<string, never>;
  /** No group column: the file is refused; `groups`: the group ids, comma separated. */
  missing_group_column: { groups: string };
  /** A row is one cell where the header has `expected`; the file uses `delimiter`. Row skipped. */
  row_not_split: { expected: number; delimiter: string };
  /** A row uses `rowDelimiter`, the file `fileDelimiter`; read with the row's. */
  row_other_delimiter: { rowDelimiter: string; fileDelimiter: string };
  /** A row holds text that looks wrongly decoded. */
  row_misdecoded: Record<string, never>;
  /** A row has `cells` cells, more than the header's `expected`; the extra ones are ignored. */
  row_extra_cells: { cells: number; expected: number };
  /** A row has `cells` cells, fewer than the header's `expected`; missing ones are don't know. */
  row_missing_cells: { cells: number; expected: number };
  /** The group cell is empty. Row skipped. */
  group_empty: Record<string, never>;
  /** The group cell names no group (`value`); `groups`: the group ids. Row skipped. */
  group_unknown: { value: string; groups: string };
  /** A number outside 1–5 or not whole (`value`); counted as don't know. */
  value_out_of_scale: { value: string };
  /** A cell that is no answer at all (`value`); counted as don't know. */
  value_not_answer: { value: string };
  /** A row without any answer; skipped. */
  row_no_answers: Record<string, never>;
};

/** Stable snake_case code of a CSV problem (the list is `CSV_PROBLEM_CODES`). */
export type CsvProblemCode = keyof CsvProblemParams;

/** A problem found while reading a CSV file of responses, with the code `C`. */
export interface CsvProblemOf<C extends CsvProblemCode> {
  /** Stable machine-readable code: what went wrong. */
  code: C;
  /** The values the code's message needs (see {@link CsvProblemParams}). */
  params: CsvProblemParams[C];
  /** 1-based data row (the header is row 0); null for the whole file. */
  row: number | null;
  /** The column concerned, when there is one. */
  column?: string;
  /** What is wrong and why, in English (for library users and the command line). */
  message: string;
  /** `error`: the cell or row was not used; `warning`: it was used or dropped on purpose. */
  severity: 'error' | 'warning';
}

/** A problem found while reading a CSV file of responses (any code). */
export type CsvProblem = { [C in CsvProblemCode]: CsvProblemOf<C> }[CsvProblemCode];

/** Result of {@link parseResponsesCsv}. */
export interface CsvParseResult {
  /** Responses from the rows that could be read (ids `r1`, `r2`, … by data row). */
  responses: Response[];
  /** Every problem, row by row. */
  problems: CsvProblem[];
  /** The delimiter found: `,`, `;` or `\t`. */
  delimiter: string;
  /** The encoding used to decode: `utf-8` or `windows-1252`. */
  encoding: string;
}

/** One concrete action of a plan. */
export interface Action {
  /** Stable id. */
  id: string;
  /** What will be done. */
  text: string;
  /** Who does it (a role, not necessarily a person's name). */
  owner: string;
  /** When it is due, ISO date. */
  due: string;
  /** The model lever it works through, if any. */
  lever: string | null;
  /** Whether it has been done. */
  done: boolean;
}

/** The action plan written after a round. */
export interface ActionPlan {
  /** Stable id. */
  id: string;
  /** Round the plan answers. */
  roundId: string;
  /** Creation date, ISO. */
  created: string;
  /** The scenario interventions chosen (core's format). */
  interventions: Intervention[];
  /** The actions. */
  actions: Action[];
}

/** One row of {@link compareRounds}, all values on 0–1. */
export interface RoundComparison {
  /** Factor id. */
  factor: string;
  /** Mean in the first round (0–1). */
  first: number | null;
  /** Mean in the second round (0–1). */
  second: number | null;
  /** What the model projected for the second round (0–1). */
  projected: number | null;
  /** second − first. */
  change: number | null;
  /** second − projected: positive when reality did better than the model. */
  modelError: number | null;
}

/** A region: its assessment rounds, action plans and saved scenarios. */
export interface Region {
  /** Stable id. */
  id: string;
  /** Display name. */
  name: string;
  /** Rounds, oldest first. */
  rounds: Round[];
  /** Action plans. */
  plans: ActionPlan[];
  /** Saved scenarios in core's scenario format. */
  scenarios: Scenario[];
}

/**
 * The parameters of each region-file problem code, by code (plain text values). The problem's
 * `path` names the field, so most codes need nothing more.
 */
export type RegionProblemParams = {
  /** The text is not JSON; `reason`: the JSON parser's English message. */
  invalid_json: { reason: string };
  /** `format` is not `samenspel-region`: this is not a region file. */
  not_region_file: Record<string, never>;
  /** `version` is not one this library reads; `version`: the value found. */
  unsupported_version: { version: string };
  /** A required field is missing; `field`: its name. */
  missing_field: { field: string };
  /** The value should be an object. */
  not_an_object: Record<string, never>;
  /** The value should be text. */
  not_text: Record<string, never>;
  /** An id should not be empty. */
  empty_id: Record<string, never>;
  /** The value should be an ISO date `yyyy-mm-dd`. */
  not_a_date: Record<string, never>;
  /** The value should be a number. */
  not_a_number: Record<string, never>;
  /** A round's month should be a finite number, 0 or more. */
  month_out_of_range: Record<string, never>;
  /** The value should be a list. */
  not_a_list: Record<string, never>;
  /** The value should be true or false. */
  not_true_or_false: Record<string, never>;
  /** An answer is not 1–5 or null; `value`: what was found (JSON). */
  answer_out_of_scale: { value: string };
  /** A response holds a field beyond id, group, answers and comment (no names); `field`: its name. */
  unknown_response_field: { field: string };
  /** Two rounds share the id `id`. */
  duplicate_round_id: { id: string };
  /** Two responses of round `round` share the id `id`. */
  duplicate_response_id: { id: string; round: string };
  /** A plan refers to round `round`, which the region does not have. */
  plan_unknown_round: { round: string };
  /** An action names lever `lever`, which the model does not have. */
  unknown_lever: { lever: string };
  /** Core's `validateScenario` refuses a scenario or a plan's interventions; `diagnostic`: core's code. */
  scenario_rejected: { diagnostic: string };
  /** Any other value that does not fit the format. */
  invalid_value: Record<string, never>;
};

/** Stable snake_case code of a region-file problem (the list is `REGION_PROBLEM_CODES`). */
export type RegionProblemCode = keyof RegionProblemParams;

/** A problem found by {@link parseRegion} with the code `C`: the path of the field and the reason. */
export interface RegionProblemOf<C extends RegionProblemCode> {
  /** Stable machine-readable code: what went wrong. */
  code: C;
  /** The values the code's message needs (see {@link RegionProblemParams}). */
  params: RegionProblemParams[C];
  /** Dotted path, for example `region.rounds[0].responses[3].answers.trust1`; empty for the document. */
  path: string;
  /** What is wrong, in English (for library users and the command line). */
  message: string;
}

/** A problem found by {@link parseRegion} (any code). */
export type RegionProblem = { [C in RegionProblemCode]: RegionProblemOf<C> }[RegionProblemCode];

/** Result of {@link parseRegion}. */
export type RegionParseResult = { ok: true; region: Region } | { ok: false; problems: RegionProblem[] };
