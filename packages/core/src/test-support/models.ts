/**
 * Small hand-written models for the core engine's tests, and builders that fill in the bookkeeping
 * fields (labels, sources) a valid model needs so a test only states what matters to it.
 */
import type {
  Factor,
  GlobalParameter,
  Input,
  Lever,
  Link,
  LocalText,
  Mechanism,
  Model,
  Pattern,
  SourceRef,
} from '../index.js';

/** The same text in both languages. */
export const text = (s: string): LocalText => ({ nl: s, en: s });

/** A source reference that passes the schema (quote of at least 8 characters). */
export const SOURCE: SourceRef = { file: 'test.txt', section: 'Tests', quote: 'a quote for the tests' };

/** An endogenous factor with gentle defaults: r 0.5, e 0.05, K 0.5, n 2, initial 0.3. */
export function factor(id: string, props: Partial<Factor> = {}): Factor {
  return {
    id,
    label: text(id),
    definition: text(id),
    mechanisms: [],
    initial: 0.3,
    exogenous: false,
    growthRate: 0.5,
    erosion: 0.05,
    halfSaturation: 0.5,
    steepness: 2,
    ...props,
  };
}

/** An exogenous factor (its value comes from the scenario's inputs). */
export function exogenousFactor(id: string, initial: number, props: Partial<Factor> = {}): Factor {
  return factor(id, { exogenous: true, initial, growthRate: 0, erosion: 0, ...props });
}

/** An input (not a factor) with a default value. */
export function input(id: string, value: number, props: Partial<Input> = {}): Input {
  return { id, label: text(id), definition: text(id), mechanisms: [], default: value, ...props };
}

/** A positive link of weight 1 unless `props` say otherwise. */
export function link(id: string, from: string, to: string, props: Partial<Link> = {}): Link {
  return { id, from, to, polarity: 'positive', weight: 1, source: SOURCE, ...props };
}

/** A mechanism with the given members and no advice. */
export function mechanism(id: string, factors: readonly string[]): Mechanism {
  return { id, label: text(id), description: text(id), factors, advice: [] };
}

/** A lever of mechanism `mech` with the given effects. */
export function lever(id: string, mech: string, effects: Lever['effects']): Lever {
  return { id, label: text(id), description: text(id), mechanism: mech, source: SOURCE, effects };
}

/** A global parameter. */
export function parameter(
  id: string,
  value: number,
  range: readonly [number, number],
  effects: GlobalParameter['effects'],
): GlobalParameter {
  return {
    id,
    label: text(id),
    description: text(id),
    value,
    min: range[0],
    max: range[1],
    unit: '',
    effects,
  };
}

/** A pattern over the given conditions. */
export function pattern(
  id: string,
  conditions: Pattern['conditions'],
  minMonths: number,
  window: Pattern['window'] = 'any',
): Pattern {
  return { id, label: text(id), description: text(id), conditions, minMonths, window };
}

/** A model from its parts; unspecified lists are empty. */
export function buildModel(parts: Partial<Model> & Pick<Model, 'factors'>): Model {
  return {
    schemaVersion: 1,
    id: 'test-model',
    label: text('test model'),
    description: text('a model for the tests'),
    timeUnit: 'month',
    mechanisms: [],
    inputs: [],
    links: [],
    parameters: [],
    levers: [],
    patterns: [],
    ...parts,
  };
}

/**
 * Two factors that raise each other (`a` ⇄ `b`): one reinforcing loop, one mechanism `duo`, a lever
 * `boost` (inflow into `a`) and a pattern `bothHigh`.
 */
export const twoFactorModel: Model = buildModel({
  mechanisms: [mechanism('duo', ['a', 'b'])],
  factors: [factor('a', { mechanisms: ['duo'], initial: 0.4 }), factor('b', { mechanisms: ['duo'] })],
  links: [link('a-b', 'a', 'b'), link('b-a', 'b', 'a')],
  levers: [lever('boost', 'duo', [{ target: 'inflow', factor: 'a', size: 0.5 }])],
  patterns: [
    pattern(
      'bothHigh',
      [
        { variable: 'a', atLeast: 0.5 },
        { variable: 'b', atLeast: 0.5 },
      ],
      6,
    ),
  ],
});

/** `a` raises `b`, `b` erodes `a`: one balancing loop. */
export const balancingModel: Model = buildModel({
  mechanisms: [mechanism('tug', ['a', 'b'])],
  factors: [factor('a', { mechanisms: ['tug'], initial: 0.6 }), factor('b', { mechanisms: ['tug'] })],
  links: [link('a-b', 'a', 'b'), link('b-a', 'b', 'a', { polarity: 'negative', weight: 0.5 })],
});

/**
 * An input `u` (default 0.2) drives `late` through a link with a 6-month delay, `now` through a plain
 * link, and `pulse` through a `rise` link (rise time 3); `late`, `now` and `pulse` have no other links.
 */
export const delayRiseModel: Model = buildModel({
  mechanisms: [mechanism('resp', ['late', 'now', 'pulse'])],
  factors: [
    factor('late', { mechanisms: ['resp'], initial: 0 }),
    factor('now', { mechanisms: ['resp'], initial: 0 }),
    factor('pulse', { mechanisms: ['resp'], initial: 0, growthRate: 1, erosion: 0.3, steepness: 1 }),
  ],
  inputs: [input('u', 0.2)],
  links: [
    link('u-late', 'u', 'late', { delay: 6 }),
    link('u-now', 'u', 'now'),
    link('u-pulse', 'u', 'pulse', { signal: 'rise', riseTime: 3, weight: 2 }),
  ],
});
