import type { RegionProblem, RegionProblemCode, RegionProblemOf, RegionProblemParams } from '../types.js';

/** The English message of every region-file problem code: the one catalogue of these texts. */
const MESSAGES: { [C in RegionProblemCode]: (p: RegionProblemParams[C]) => string } = {
  invalid_json: (p) => `not valid JSON: ${p.reason}`,
  not_region_file: () => 'format must be "samenspel-region": this is not a region file',
  unsupported_version: (p) => `unsupported version ${p.version}; this library reads version 1`,
  missing_field: (p) => `the field '${p.field}' is missing`,
  not_an_object: () => 'must be an object',
  not_text: () => 'must be a string',
  empty_id: () => 'must not be empty',
  not_a_date: () => 'must be a real date written yyyy-mm-dd (no month 13 or 30 February)',
  not_a_number: () => 'must be a number',
  month_out_of_range: () => 'month must be a finite number, 0 or more (months since the first round)',
  not_a_list: () => 'must be a list',
  not_true_or_false: () => 'must be true or false',
  answer_out_of_scale: (p) => `an answer must be 1, 2, 3, 4, 5 or null (don’t know), not ${p.value}`,
  unknown_response_field: (p) =>
    `unknown field '${p.field}': a response holds only id, group, answers and comment (no names)`,
  duplicate_round_id: (p) => `duplicate round id '${p.id}'`,
  duplicate_response_id: (p) => `duplicate response id '${p.id}' in round '${p.round}'`,
  plan_unknown_round: (p) => `plan refers to round '${p.round}', which the region does not have`,
  unknown_lever: (p) => `unknown lever id '${p.lever}'`,
  scenario_rejected: (p) => `the model refuses this scenario value (${p.diagnostic})`,
  invalid_value: () => 'this value does not fit the region format',
};

/** Every code `parseRegion` can give a problem, in the order of the catalogue. */
export const REGION_PROBLEM_CODES: readonly RegionProblemCode[] = Object.keys(
  MESSAGES,
) as RegionProblemCode[];

/**
 * Builds a region-file problem at `path` with its English message from the catalogue, or with
 * `message` when given (core's scenario messages, which are more precise).
 */
export function regionProblem<C extends RegionProblemCode>(
  code: C,
  params: RegionProblemParams[C],
  path: string,
  message?: string,
): RegionProblem {
  const problem: RegionProblemOf<C> = { code, params, path, message: message ?? MESSAGES[code](params) };
  return problem as RegionProblem;
}
