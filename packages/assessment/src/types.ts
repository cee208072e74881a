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
  /** Mean on 0–100; null when nobody answered. */
  mean: number | null;
  /** Sample standard deviation on 0–100 (n − 1 in the denominator); null when fewer than two answers. */
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
  /** Every respondent. */
  all: Stat;
  /** Respondents in `self` groups (the network itself). */
  self: Stat;
  /** Respondents in `partner` groups (everyone else). */
  others: Stat;
  /**
   * Per shown group id, plus `others`: every group too small to show on its own, folded together
   * (present only when such a group has respondents). Any entry resting on fewer answers than the
   * minimum group size has its mean and sd hidden (null), its `n` kept; so do `self` and `others`.
   */
  byGroup: Record<string, Stat>;
}

/** Summary of a round per factor and per respondent group. */
export interface RoundSummary {
  /** Id of the round summarised. */
  roundId: string;
  /** Number of responses in the round (responses with an unknown group included). */
  respondents: number;
  /** Each questionnaire group with its respondent count and whether it is shown on its own. */
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
  /** Mean per factor on 0–1 (factors nobody answered are left out). */
  initial: Record<string, number>;
  /** Standard deviation per factor on 0–1 (0 when only one respondent answered). */
  spread: Record<string, number>;
  /** Number of respondents per factor behind the value. */
  answered: Record<string, number>;
}

/** A problem found while reading a CSV file of responses. */
export interface CsvProblem {
  /** 1-based data row (the header is row 0); null for the whole file. */
  row: number | null;
  /** The column concerned, when there is one. */
  column?: string;
  /** What is wrong and why, in English. */
  message: string;
  /** `error`: the cell or row was not used; `warning`: it was used or dropped on purpose. */
  severity: 'error' | 'warning';
}

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

/** A problem found by {@link parseRegion}: the path of the field and the reason. */
export interface RegionProblem {
  /** Dotted path, for example `region.rounds[0].responses[3].answers.trust1`; empty for the document. */
  path: string;
  /** What is wrong. */
  message: string;
}

/** Result of {@link parseRegion}. */
export type RegionParseResult = { ok: true; region: Region } | { ok: false; problems: RegionProblem[] };
