import * as v from 'valibot';

const unit = (what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.finite(`${what} must be a finite number`),
    v.minValue(0, (i) => `${what} ${String(i.input)} is below 0; levels run from 0 to 1`),
    v.maxValue(1, (i) => `${what} ${String(i.input)} is above 1; levels run from 0 to 1`),
  );

const month = (what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.finite(`${what} must be a finite number`),
    v.minValue(0, (i) => `${what} ${String(i.input)} is negative`),
  );

const seriesPoint = v.strictObject({ month: month('month'), value: unit('value') });

/** Schema of one input setting: a constant in [0, 1] or a non-empty list of `{month, value}` points. */
export const inputSettingSchema = v.union(
  [unit('input value'), v.pipe(v.array(seriesPoint), v.minLength(1, 'a series needs at least one point'))],
  'an input is a number in [0, 1] or a list of { "month": m, "value": v } points',
);

const interventionSchema = v.strictObject({
  lever: v.string('lever must be a lever id (a string)'),
  startMonth: v.optional(month('startMonth')),
  endMonth: v.optional(month('endMonth')),
  intensity: v.optional(unit('intensity')),
});

/**
 * Schema of the scenario file (shape only; ids are checked against a model by
 * {@link validateScenario}).
 */
export const scenarioSchema = v.strictObject({
  name: v.optional(v.string('name must be a string')),
  horizonMonths: v.optional(
    v.pipe(
      v.number('horizonMonths must be a number'),
      v.finite('horizonMonths must be finite'),
      v.gtValue(0, (i) => `horizonMonths must be greater than 0, got ${String(i.input)}`),
      v.maxValue(1200, (i) => `horizonMonths ${String(i.input)} is above the maximum of 1200 (100 years)`),
    ),
  ),
  dt: v.optional(
    v.pipe(
      v.number('dt must be a number'),
      v.finite('dt must be finite'),
      v.gtValue(0, (i) => `dt must be greater than 0, got ${String(i.input)}`),
    ),
  ),
  method: v.optional(
    v.picklist(['rk4', 'euler'], (i) => `unknown method ${JSON.stringify(i.input)}; use "rk4" or "euler"`),
  ),
  initial: v.optional(
    v.record(v.string(), unit('initial level'), 'initial must be an object of factor id to level'),
  ),
  inputs: v.optional(
    v.record(v.string(), inputSettingSchema, 'inputs must be an object of input id to value or series'),
  ),
  parameters: v.optional(
    v.record(
      v.string(),
      v.pipe(v.number('a parameter value must be a number'), v.finite('a parameter value must be finite')),
      'parameters must be an object of parameter id to number',
    ),
  ),
  interventions: v.optional(v.array(interventionSchema, 'interventions must be a list')),
});
