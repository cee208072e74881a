import * as v from 'valibot';

const text = (what: string) =>
  v.pipe(v.string(`${what} must be a string`), v.nonEmpty(`${what} must not be empty`));

const localText = (what: string) => v.strictObject({ nl: text(`${what}.nl`), en: text(`${what}.en`) });

const id = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(
      /^[A-Za-z][A-Za-z0-9_]*$/,
      `${what} must start with a letter and hold only letters, digits and _ (it is a CSV column name)`,
    ),
  );

const labels = (what: string) =>
  v.pipe(
    v.array(text(`${what} label`), `${what} must be a list of five labels`),
    v.length(5, (i) => `${what} needs exactly 5 labels, got ${String(i.input.length)}`),
  );

/** Schema of one questionnaire statement. */
export const statementSchema = v.strictObject({
  id: id('statement id'),
  factor: text('factor'),
  text: localText('text'),
  reversed: v.optional(v.boolean('reversed must be true or false')),
});

/** Schema of one respondent group. */
export const respondentGroupSchema = v.strictObject({
  id: id('group id'),
  role: v.picklist(['self', 'partner'], 'role must be "self" or "partner"'),
  label: localText('label'),
});

/**
 * Schema of a questionnaire (shape only; factor ids and counts are checked against a model by
 * `validateQuestionnaire`).
 */
export const questionnaireSchema = v.strictObject({
  schemaVersion: v.literal(1, 'schemaVersion must be 1'),
  id: text('id'),
  scale: v.strictObject({
    points: v.literal(5, 'scale.points must be 5'),
    labels: v.strictObject({ nl: labels('scale.labels.nl'), en: labels('scale.labels.en') }),
    dontKnow: localText('dontKnow'),
  }),
  groups: v.pipe(
    v.array(respondentGroupSchema, 'groups must be a list'),
    v.minLength(1, 'groups must hold at least one group'),
  ),
  statements: v.pipe(
    v.array(statementSchema, 'statements must be a list'),
    v.minLength(1, 'statements must hold at least one statement'),
  ),
});
