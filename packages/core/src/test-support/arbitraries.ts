/**
 * fast-check arbitraries for random valid models and random valid scenarios of a model. They span
 * what the schemas allow (effects of either sign, delays, rise links, moderators of every kind,
 * levers, global parameters), with rates kept in ranges where a run of a few years stays cheap.
 */
import fc from 'fast-check';

import {
  listParameters,
  type Effect,
  type Link,
  type Model,
  type Moderator,
  type Scenario,
} from '../index.js';
import {
  buildModel,
  exogenousFactor,
  factor,
  input,
  lever,
  link,
  mechanism,
  parameter,
  pattern,
} from './models.js';

const double = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true });
/** A level in [0, 1]. */
export const levelArb: fc.Arbitrary<number> = double(0, 1);

const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

const MECHANISMS = ['m0', 'm1'];

function moderatorArb(variables: readonly string[]): fc.Arbitrary<Moderator> {
  return fc.oneof(
    fc
      .record({ by: fc.constantFrom(...variables), threshold: double(0.05, 1), steepness: double(0.5, 6) })
      .map((m): Moderator => ({ effect: 'gate', ...m })),
    fc
      .record({
        effect: fc.constantFrom('amplify' as const, 'dampen' as const),
        by: fc.constantFrom(...variables),
        strength: double(0, 2),
      })
      .map((m): Moderator => m),
  );
}

function linkArb(
  id: string,
  variables: readonly string[],
  endogenous: readonly string[],
): fc.Arbitrary<Link> {
  return fc
    .record({
      from: fc.constantFrom(...variables),
      to: fc.constantFrom(...endogenous),
      polarity: fc.constantFrom('positive' as const, 'negative' as const),
      weight: double(0, 3),
      kind: fc.constantFrom('level' as const, 'delay' as const, 'rise' as const),
      delay: double(0.1, 24),
      riseTime: double(0.5, 12),
      riseFrom: fc.option(levelArb, { nil: undefined }),
      moderators: fc.array(moderatorArb(variables), { maxLength: 2 }),
    })
    .map((l) =>
      link(id, l.from, l.to, {
        polarity: l.polarity,
        weight: l.weight,
        ...(l.kind === 'delay' ? { delay: l.delay } : {}),
        ...(l.kind === 'rise' ? { signal: 'rise' as const, riseTime: l.riseTime } : {}),
        ...(l.kind === 'rise' && l.riseFrom !== undefined ? { riseFrom: l.riseFrom } : {}),
        ...(l.moderators.length > 0 ? { moderators: l.moderators } : {}),
      }),
    );
}

function effectArb(endogenous: readonly string[], linkIds: readonly string[]): fc.Arbitrary<Effect> {
  const onFactor = fc
    .record({
      target: fc.constantFrom('inflow' as const, 'growthRate' as const, 'erosion' as const),
      factor: fc.constantFrom(...endogenous),
      size: double(-1, 2),
    })
    .map((e): Effect => e);
  if (linkIds.length === 0) return onFactor;
  const onLink = fc
    .record({ link: fc.constantFrom(...linkIds), size: double(-1, 2) })
    .map((e): Effect => ({ target: 'weight', ...e }));
  return fc.oneof(onFactor, onLink);
}

/** A random valid model: 1–4 endogenous factors, 0–2 exogenous factors, 0–2 inputs, 0–8 links. */
export const modelArb: fc.Arbitrary<Model> = fc
  .record({
    nEndo: fc.integer({ min: 1, max: 4 }),
    nExo: fc.integer({ min: 0, max: 2 }),
    nInputs: fc.integer({ min: 0, max: 2 }),
    nLinks: fc.integer({ min: 0, max: 8 }),
  })
  .chain(({ nEndo, nExo, nInputs, nLinks }) => {
    const endogenous = ids('f', nEndo);
    const exogenous = ids('x', nExo);
    const inputs = ids('u', nInputs);
    const variables = [...endogenous, ...exogenous, ...inputs];
    const linkIds = ids('l', nLinks);
    const factorProps = fc.record({
      initial: levelArb,
      growthRate: double(0, 3),
      erosion: double(0, 1),
      halfSaturation: double(0.05, 2),
      steepness: double(0.5, 8),
      mechanisms: fc.subarray(MECHANISMS),
    });
    const effects = fc.array(effectArb(endogenous, linkIds), { minLength: 1, maxLength: 2 });
    return fc
      .record({
        endo: fc.tuple(...endogenous.map((id) => factorProps.map((p) => factor(id, p)))),
        exo: fc.tuple(...exogenous.map((id) => levelArb.map((v) => exogenousFactor(id, v)))),
        inputs: fc.tuple(...inputs.map((id) => levelArb.map((v) => input(id, v)))),
        links: fc.tuple(...linkIds.map((id) => linkArb(id, variables, endogenous))),
        members: fc.tuple(...MECHANISMS.map(() => fc.subarray(variables))),
        parameters: fc.array(
          fc.record({ value: double(-1, 1), effects }).map(({ value, effects: es }) => ({ value, es })),
          { maxLength: 2 },
        ),
        levers: fc.array(fc.record({ mech: fc.constantFrom(...MECHANISMS), effects }), { maxLength: 3 }),
        patterns: fc.array(
          fc.record({
            variable: fc.constantFrom(...variables),
            atLeast: levelArb,
            minMonths: double(0, 12),
            window: fc.constantFrom('any' as const, 'end' as const),
          }),
          { maxLength: 2 },
        ),
      })
      .map((p) =>
        buildModel({
          mechanisms: MECHANISMS.map((id, i) => mechanism(id, p.members[i] ?? [])),
          factors: [...p.endo, ...p.exo],
          inputs: p.inputs,
          links: p.links,
          parameters: p.parameters.map((q, i) => parameter(`p${i}`, q.value, [-1, 1], q.es)),
          levers: p.levers.map((l, i) => lever(`lever${i}`, l.mech, l.effects)),
          patterns: p.patterns.map((q, i) =>
            pattern(`pat${i}`, [{ variable: q.variable, atLeast: q.atLeast }], q.minMonths, q.window),
          ),
        }),
      );
  });

/** Time steps the property tests use. */
export const DTS = [0.05, 0.25, 0.5, 1] as const;

/** A strictly increasing step-wise series on [0, horizon] with 1–4 points. */
function seriesArb(horizon: number): fc.Arbitrary<{ month: number; value: number }[]> {
  return fc
    .uniqueArray(double(0, horizon), { minLength: 1, maxLength: 4 })
    .chain((months) =>
      fc
        .tuple(...months.map(() => levelArb))
        .map((values) =>
          [...months].sort((a, b) => a - b).map((month, i) => ({ month, value: values[i] ?? 0 })),
        ),
    );
}

/**
 * A random valid scenario of `model`: method, dt from {@link DTS}, a horizon of 6–24 months, initial
 * levels, inputs as constants and series, parameter overrides within their ranges, interventions.
 */
export function scenarioArb(model: Model): fc.Arbitrary<Scenario> {
  const endogenous = model.factors.filter((f) => !f.exogenous).map((f) => f.id);
  const exogenous = [
    ...model.factors.filter((f) => f.exogenous).map((f) => f.id),
    ...model.inputs.map((i) => i.id),
  ];
  const params = listParameters(model);
  return fc
    .record({
      method: fc.constantFrom('rk4' as const, 'euler' as const),
      dt: fc.constantFrom(...DTS),
      horizonMonths: fc.constantFrom(6, 12, 24),
    })
    .chain(({ method, dt, horizonMonths }) =>
      fc
        .record({
          initial: fc
            .subarray(endogenous)
            .chain((chosen) => fc.tuple(...chosen.map((id) => levelArb.map((v) => [id, v] as const)))),
          inputs: fc
            .subarray(exogenous)
            .chain((chosen) =>
              fc.tuple(
                ...chosen.map((id) =>
                  fc.oneof(levelArb, seriesArb(horizonMonths)).map((v) => [id, v] as const),
                ),
              ),
            ),
          parameters: fc
            .subarray(params, { maxLength: 4 })
            .chain((chosen) =>
              fc.tuple(...chosen.map((p) => double(p.min, p.max).map((v) => [p.id, v] as const))),
            ),
          interventions:
            model.levers.length === 0
              ? fc.constant([])
              : fc.array(
                  fc
                    .record({
                      lever: fc.constantFrom(...model.levers.map((l) => l.id)),
                      window: fc.uniqueArray(double(0, horizonMonths), { minLength: 2, maxLength: 2 }),
                      intensity: levelArb,
                      explicit: fc.boolean(),
                    })
                    .map(({ lever: id, window, intensity, explicit }) => {
                      const [startMonth, endMonth] = [...window].sort((a, b) => a - b);
                      return explicit
                        ? { lever: id, startMonth: startMonth ?? 0, endMonth: endMonth ?? 1, intensity }
                        : { lever: id };
                    }),
                  { maxLength: 3 },
                ),
        })
        .map((s) => ({
          name: 'random',
          method,
          dt,
          horizonMonths,
          initial: Object.fromEntries(s.initial),
          inputs: Object.fromEntries(s.inputs),
          parameters: Object.fromEntries(s.parameters),
          interventions: s.interventions,
        })),
    );
}

/** A random valid model with a random valid scenario of it. */
export const modelAndScenarioArb: fc.Arbitrary<{ model: Model; scenario: Scenario }> = modelArb.chain(
  (model) => scenarioArb(model).map((scenario) => ({ model, scenario })),
);
