import * as v from 'valibot';

const id = v.pipe(
  v.string(),
  v.regex(
    /^[a-z][A-Za-z0-9-]*$/,
    'an id starts with a lower-case letter and holds letters, digits and dashes',
  ),
);
const text = v.strictObject({
  nl: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});
const level = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));

const sourceRef = v.strictObject({
  file: v.pipe(v.string(), v.minLength(1)),
  section: v.pipe(v.string(), v.minLength(1)),
  quote: v.pipe(v.string(), v.minLength(8, 'a quote must be at least 8 characters')),
});

const moderator = v.variant('effect', [
  v.strictObject({
    effect: v.literal('gate'),
    by: id,
    threshold: v.pipe(positive, v.maxValue(1)),
    steepness: positive,
    source: v.optional(sourceRef),
  }),
  v.strictObject({
    effect: v.picklist(['amplify', 'dampen']),
    by: id,
    strength: nonNegative,
    source: v.optional(sourceRef),
  }),
]);

const effect = v.variant('target', [
  v.strictObject({ target: v.literal('inflow'), factor: id, size: v.pipe(v.number(), v.finite()) }),
  v.strictObject({ target: v.literal('weight'), link: id, size: v.pipe(v.number(), v.finite()) }),
  v.strictObject({ target: v.literal('growthRate'), factor: id, size: v.pipe(v.number(), v.finite()) }),
  v.strictObject({ target: v.literal('erosion'), factor: id, size: v.pipe(v.number(), v.finite()) }),
]);

/** Schema of the model definition's shape. Cross-references are checked by {@link validateModel}. */
export const modelSchema = v.strictObject({
  schemaVersion: v.literal(1),
  id,
  label: text,
  description: text,
  timeUnit: v.literal('month'),
  mechanisms: v.array(
    v.strictObject({
      id,
      label: text,
      description: text,
      factors: v.array(id),
      advice: v.array(v.strictObject({ text, source: sourceRef, levers: v.array(id) })),
    }),
  ),
  factors: v.pipe(
    v.array(
      v.strictObject({
        id,
        label: text,
        definition: text,
        mechanisms: v.array(id),
        initial: level,
        exogenous: v.boolean(),
        growthRate: nonNegative,
        erosion: nonNegative,
        halfSaturation: v.pipe(v.number(), v.finite(), v.minValue(1e-6)),
        steepness: v.pipe(positive, v.maxValue(8)),
      }),
    ),
    v.minLength(1),
  ),
  inputs: v.array(
    v.strictObject({ id, label: text, definition: text, mechanisms: v.array(id), default: level }),
  ),
  links: v.array(
    v.strictObject({
      id,
      from: id,
      to: id,
      polarity: v.picklist(['positive', 'negative']),
      weight: nonNegative,
      delay: v.optional(positive),
      signal: v.optional(v.picklist(['level', 'rise'])),
      riseTime: v.optional(positive),
      riseFrom: v.optional(level),
      moderators: v.optional(v.array(moderator)),
      source: sourceRef,
      note: v.optional(text),
    }),
  ),
  parameters: v.array(
    v.strictObject({
      id,
      label: text,
      description: text,
      value: v.pipe(v.number(), v.finite()),
      min: v.pipe(v.number(), v.finite()),
      max: v.pipe(v.number(), v.finite()),
      unit: v.string(),
      effects: v.array(effect),
    }),
  ),
  levers: v.array(
    v.strictObject({
      id,
      label: text,
      description: text,
      mechanism: id,
      source: sourceRef,
      effects: v.array(effect),
    }),
  ),
  patterns: v.array(
    v.strictObject({
      id,
      label: text,
      description: text,
      conditions: v.pipe(
        v.array(v.strictObject({ variable: id, atLeast: v.optional(level), atMost: v.optional(level) })),
        v.minLength(1),
      ),
      minMonths: nonNegative,
      window: v.picklist(['any', 'end']),
    }),
  ),
});
