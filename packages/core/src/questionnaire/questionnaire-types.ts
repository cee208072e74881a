import type { LocalText } from '../model/text.js';

/**
 * One statement of a questionnaire: a sentence respondents rate on the questionnaire's scale. It
 * feeds exactly one factor of the model.
 */
export interface QuestionnaireStatement {
  /** Stable id (camelCase), used as the CSV column name. */
  readonly id: string;
  /** Id of the model factor this statement measures. */
  readonly factor: string;
  /** The statement in Dutch and English. */
  readonly text: LocalText;
  /**
   * True when agreeing means the factor is low (a negatively worded item). Its answers are mirrored
   * (6 − answer on a five-point scale) before aggregation. Default false.
   */
  readonly reversed?: boolean;
}

/** A group of respondents: the network itself (`self`) or one kind of partner (`partner`). */
export interface RespondentGroup {
  /** Stable id (camelCase), the value of the CSV `group` column. */
  readonly id: string;
  /** `self` for members of the network, `partner` for everyone who works with it. */
  readonly role: 'self' | 'partner';
  /** Display name in Dutch and English (also accepted in CSV files, case-insensitive). */
  readonly label: LocalText;
}

/** The answer scale: five points with labels, plus a "don't know / not applicable" option. */
export interface QuestionnaireScale {
  /** Always 5: answers run 1..5. */
  readonly points: 5;
  /** Labels of the points 1..5 (five each), from "strongly disagree" to "strongly agree". */
  readonly labels: { readonly nl: readonly string[]; readonly en: readonly string[] };
  /** Label of the "don't know / not applicable" option. */
  readonly dontKnow: LocalText;
}

/**
 * A questionnaire that measures the factors of a model: statements per factor, the respondent
 * groups, and the answer scale. Plain, JSON-serialisable data; check it against a model with
 * {@link validateQuestionnaire}.
 */
export interface Questionnaire {
  /** Format version; this engine reads version 1. */
  readonly schemaVersion: 1;
  /** Stable id of the questionnaire. */
  readonly id: string;
  /** The answer scale. */
  readonly scale: QuestionnaireScale;
  /** Respondent groups; exactly one or more with role `self`, the rest `partner`. */
  readonly groups: readonly RespondentGroup[];
  /** The statements, in the order respondents see them. */
  readonly statements: readonly QuestionnaireStatement[];
}
