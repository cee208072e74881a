/**
 * @packageDocumentation
 * `@samenspel/assessment`: assessment rounds for a network. Reads questionnaire responses from CSV,
 * summarises them per factor and respondent group (with a minimum group size for privacy), turns a
 * round into starting values for the engine, compares rounds with the model's projection, and
 * saves a region (rounds, action plans, scenarios) as one JSON bundle.
 */
export type {
  Answer,
  Response,
  Round,
  Stat,
  FactorSummary,
  RoundSummary,
  SelfVersusOthers,
  StatementDisagreement,
  StartingValues,
  CsvProblem,
  CsvProblemCode,
  CsvProblemOf,
  CsvProblemParams,
  CsvParseResult,
  Action,
  ActionPlan,
  RoundComparison,
  Region,
  RegionProblem,
  RegionProblemCode,
  RegionProblemOf,
  RegionProblemParams,
  RegionParseResult,
} from './types.js';
export { answerToScore, scoreAnswer } from './aggregate/score.js';
export { aggregateRound, MIN_GROUP_SIZE, type AggregateOptions } from './aggregate/aggregate-round.js';
export { selfVersusOthers } from './aggregate/self-versus-others.js';
export { disagreement } from './aggregate/disagreement.js';
export { roundComments, type RoundComment } from './aggregate/round-comments.js';
export { startingValues } from './aggregate/starting-values.js';
export { startingScenario } from './aggregate/starting-scenario.js';
export { roundsToObservations, MIN_OBSERVATION_SPREAD } from './aggregate/to-observations.js';
export { compareRounds } from './aggregate/compare-rounds.js';
export { csvTemplate } from './csv/csv-template.js';
export { parseResponsesCsv } from './csv/parse-responses-csv.js';
export { CSV_PROBLEM_CODES } from './csv/csv-problems.js';
export {
  serializeRegion,
  parseRegion,
  REGION_FORMAT,
  REGION_VERSION,
  type ParseRegionOptions,
} from './region/region-bundle.js';
export { regionBundleSchema } from './region/region-schema.js';
export { REGION_PROBLEM_CODES } from './region/region-problems.js';
export { isCalendarDate } from './region/calendar-date.js';
