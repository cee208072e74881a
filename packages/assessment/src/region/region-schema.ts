import * as v from 'valibot';
import { isCalendarDate } from './calendar-date.js';

const text = (what: string) => v.string(`${what} must be a string`);
const id = (what: string) => v.pipe(text(what), v.nonEmpty(`${what} must not be empty`));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const isoDate = (what: string) =>
  v.pipe(
    text(what),
    v.check(
      (s) => ISO_DATE.test(s) && isCalendarDate(s),
      `${what} must be a real date written yyyy-mm-dd (no month 13 or 30 February)`,
    ),
  );

const answerSchema = v.union(
  [v.picklist([1, 2, 3, 4, 5]), v.null()],
  'an answer must be 1, 2, 3, 4, 5 or null (don’t know)',
);

/** Schema of one response. Strict: a response holds no other fields (no names, ever). */
export const responseSchema = v.strictObject({
  id: id('response id'),
  group: id('group'),
  answers: v.record(v.string(), answerSchema, 'answers must be an object of statement id → answer'),
  comment: v.optional(v.string('comment must be a string')),
});

/** Schema of one round. */
export const roundSchema = v.looseObject({
  id: id('round id'),
  label: text('label'),
  date: isoDate('date'),
  month: v.pipe(
    v.number('month must be a number'),
    v.finite('month must be finite'),
    v.minValue(0, 'month must be 0 or more (months since the first round)'),
  ),
  responses: v.array(responseSchema, 'responses must be a list'),
});

/** Schema of one action of a plan. */
export const actionSchema = v.looseObject({
  id: id('action id'),
  text: text('text'),
  owner: text('owner'),
  due: isoDate('due'),
  // nullable's second argument is a default, not a message: none, so null stays null.
  lever: v.nullable(text('lever')),
  done: v.boolean('done must be true or false'),
});

/** Schema of one action plan (interventions are checked with core's scenario validation). */
export const actionPlanSchema = v.looseObject({
  id: id('plan id'),
  roundId: id('roundId'),
  created: isoDate('created'),
  interventions: v.array(v.unknown(), 'interventions must be a list'),
  actions: v.array(actionSchema, 'actions must be a list'),
});

/**
 * Schema of a region (scenarios are checked with core's `validateScenario`). Regions, rounds,
 * plans and actions keep fields this version does not know (an app may store more); responses
 * are strict.
 */
export const regionSchema = v.looseObject({
  id: id('region id'),
  name: text('name'),
  rounds: v.array(roundSchema, 'rounds must be a list'),
  plans: v.array(actionPlanSchema, 'plans must be a list'),
  scenarios: v.array(v.unknown(), 'scenarios must be a list'),
});

/** Schema of the bundle envelope: `{ format: 'samenspel-region', version: 1, region }`. */
export const regionBundleSchema = v.looseObject({
  format: v.literal('samenspel-region', 'format must be "samenspel-region": this is not a region file'),
  version: v.literal(
    1,
    (i) => `unsupported version ${JSON.stringify(i.input)}; this library reads version 1`,
  ),
  region: regionSchema,
});
