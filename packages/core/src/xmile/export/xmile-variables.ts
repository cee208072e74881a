import type { Effect, Factor, Link, Model, Moderator } from '../../model/model-types.js';
import { SCENARIO_DEFAULTS, type InputSetting, type Scenario } from '../../scenario/scenario-types.js';
import type { XmileDocument, XmileVariable } from './xmile-document.js';
import { snakeName, XmileNames } from './xmile-names.js';
import { xmileNumber as lit } from './xmile-number.js';

/**
 * The time as every comparison reads it, with the engine's tolerance of 1e-9 month: a schedule
 * point or an intervention boundary at month m counts from `TIME + 1e-9 >= m`, so that a time
 * reached by adding dt up (2.9999999999999996) still meets a boundary at 3.
 */
const NOW = `TIME + ${lit(1e-9)}`;

const clamp01 = (e: string): string => `MAX(0, MIN(1, ${e}))`;
const sum = (terms: readonly string[]): string => (terms.length === 0 ? '0' : terms.join(' + '));

/** Names given to one endogenous factor's variables. */
interface FactorNames {
  readonly stock: string;
  readonly level: string;
  readonly growth: string;
  readonly erosion: string;
  readonly growthRate: string;
  readonly erosionRate: string;
  readonly halfSaturation: string;
  readonly steepness: string;
  readonly drive: string;
  readonly pressure: string;
  readonly negativePressure: string;
  readonly effectiveGrowthRate: string;
  readonly effectiveErosionRate: string;
}

/** Names given to one link's variables. */
interface LinkNames {
  readonly weight: string;
  readonly effectiveWeight: string;
  readonly effect: string;
  /** Delay time constant, delayed-copy stock and its flow (delayed links only). */
  readonly delayTime: string;
  readonly delayed: string;
  readonly delayChange: string;
  /** Rise time constant, reference stock and its flow (`rise` links only). */
  readonly riseTime: string;
  readonly reference: string;
  readonly referenceChange: string;
}

/** Terms that levers and global parameters add to one target, as XMILE expressions. */
interface EffectTerms {
  /** Factors `MAX(0, 1 + size·v)` multiplying a link weight or a growth rate. */
  readonly factors: Map<string, string[]>;
  /** Parameter terms `v·size` added to an erosion rate (before the engine's `max(0, ·)`). */
  readonly erosionParams: Map<string, string[]>;
  /** Lever terms `size·v` added one by one to an erosion rate, each followed by `max(0, ·)`. */
  readonly erosionLevers: Map<string, string[]>;
  /** Terms added to a factor's drive. */
  readonly inflow: Map<string, string[]>;
}

/**
 * Builds the XMILE variables of a model under a scenario that has passed `validateScenario`:
 * the same equations the engine integrates (see docs/model.md, "The equations"), one named
 * variable per quantity so that the exported model reads like a hand-made one.
 *
 * Per endogenous factor *x*: a stock `x` (initial level from the scenario) with a growth inflow
 * `r·P(D)·(1 − x)` and an erosion outflow `(e + N)·x`; constants for r, e, K and n; auxiliaries
 * for the clamped level, the drive D, the pressure P(D), the negative pressure N and, where
 * levers or parameters change them, the effective rates. Per link: a weight constant (and an
 * effective weight where effects apply), its moderators written out in an `effect` auxiliary, a
 * first-order delay as a stock with its adjustment flow, a `rise` reference as a stock with its
 * adjustment flow. Per exogenous factor and input: an auxiliary with its value or its step-wise
 * schedule. Per global parameter: a constant with the scenario's value. Per intervention: an
 * auxiliary with its intensity inside its time window and 0 outside.
 */
export function xmileVariables(model: Model, scenario: Scenario): XmileDocument {
  const names = new XmileNames();
  const endogenous = model.factors.filter((f) => !f.exogenous);
  const exogenous = [...model.factors.filter((f) => f.exogenous), ...model.inputs];
  const overrides = scenario.parameters ?? {};

  // First pass: claim every name, so that equations can refer to any variable.
  const factorNames = new Map<string, FactorNames>();
  for (const f of endogenous) {
    const base = snakeName(f.id);
    factorNames.set(f.id, {
      stock: names.claim(base),
      level: names.claim(`${base}_level`),
      growth: names.claim(`${base}_growth`),
      erosion: names.claim(`${base}_erosion`),
      growthRate: names.claim(`${base}_growth_rate`),
      erosionRate: names.claim(`${base}_erosion_rate`),
      halfSaturation: names.claim(`${base}_half_saturation`),
      steepness: names.claim(`${base}_steepness`),
      drive: names.claim(`${base}_drive`),
      pressure: names.claim(`${base}_pressure`),
      negativePressure: names.claim(`${base}_negative_pressure`),
      effectiveGrowthRate: names.claim(`${base}_effective_growth_rate`),
      effectiveErosionRate: names.claim(`${base}_effective_erosion_rate`),
    });
  }
  const exogenousNames = new Map(exogenous.map((x) => [x.id, names.claim(snakeName(x.id))]));
  const parameterNames = new Map(model.parameters.map((p) => [p.id, names.claim(snakeName(p.id))]));
  const interventions = scenario.interventions ?? [];
  const interventionNames = interventions.map((iv) => names.claim(`${snakeName(iv.lever)}_intensity`));
  const linkNames = new Map<string, LinkNames>();
  for (const link of model.links) {
    const base = snakeName(link.id);
    linkNames.set(link.id, {
      weight: names.claim(`${base}_weight`),
      effectiveWeight: names.claim(`${base}_effective_weight`),
      effect: names.claim(`${base}_effect`),
      delayTime: names.claim(`${base}_delay_time`),
      delayed: names.claim(`${base}_delayed`),
      delayChange: names.claim(`${base}_delay_change`),
      riseTime: names.claim(`${base}_rise_time`),
      reference: names.claim(`${base}_reference`),
      referenceChange: names.claim(`${base}_reference_change`),
    });
  }
  const factorOf = (id: string): FactorNames => {
    const n = factorNames.get(id);
    if (n === undefined) throw new Error(`internal: no XMILE names for factor ${id}`);
    return n;
  };
  const linkOf = (id: string): LinkNames => {
    const n = linkNames.get(id);
    if (n === undefined) throw new Error(`internal: no XMILE names for link ${id}`);
    return n;
  };
  /** How an equation reads a factor or input: an endogenous level clamped to [0, 1], an exogenous value as set. */
  const valueOf = (id: string): string => factorNames.get(id)?.level ?? exogenousNames.get(id) ?? id;

  // Schedules give each exogenous variable's value at month 0, which starts delays and rises.
  const schedules = new Map(
    exogenous.map((x) => {
      const fallback = 'default' in x ? x.default : x.initial;
      return [x.id, schedule(scenario.inputs?.[x.id], fallback)] as const;
    }),
  );
  const initialOf = (id: string): number => {
    const f = endogenous.find((g) => g.id === id);
    if (f !== undefined) return scenario.initial?.[id] ?? f.initial;
    return schedules.get(id)?.[0]?.value ?? 0;
  };

  const terms = effectTerms(model, scenario, parameterNames, interventionNames, (e) =>
    e.target === 'weight' ? e.link : e.factor,
  );

  const variables: XmileVariable[] = [];
  const push = (v: XmileVariable): void => {
    variables.push(v);
  };

  for (const p of model.parameters) {
    push({
      kind: 'aux',
      name: parameterNames.get(p.id) ?? p.id,
      eqn: lit(overrides[p.id] ?? p.value),
      units: p.unit,
      doc: `Global parameter ${p.id}: ${p.label.en}. ${p.description.en}`,
    });
  }
  interventions.forEach((iv, k) => {
    const start = iv.startMonth ?? 0;
    const intensity = iv.intensity ?? 1;
    const from = `${NOW} >= ${lit(start)}`;
    const window = iv.endMonth === undefined ? from : `${from} AND ${NOW} < ${lit(iv.endMonth)}`;
    push({
      kind: 'aux',
      name: interventionNames[k] ?? iv.lever,
      eqn: `IF ${window} THEN ${lit(intensity)} ELSE 0`,
      units: 'dimensionless',
      doc: `Intervention with lever ${iv.lever}: intensity ${String(intensity)} from month ${String(start)}${iv.endMonth === undefined ? ' to the end of the run' : ` until month ${String(iv.endMonth)} (exclusive)`}, 0 otherwise.`,
    });
  });
  for (const x of exogenous) {
    push({
      kind: 'aux',
      name: exogenousNames.get(x.id) ?? x.id,
      eqn: scheduleEquation(schedules.get(x.id) ?? []),
      units: 'dimensionless',
      doc: `${'default' in x ? 'Input' : 'Exogenous factor'} ${x.id}: ${x.label.en}. ${x.definition.en}`,
    });
  }
  for (const f of endogenous)
    variables.push(...factorVariables(f, model, scenario, factorOf(f.id), terms, linkOf));
  for (const link of model.links)
    variables.push(...linkVariables(link, overrides, linkOf(link.id), terms, valueOf, initialOf));

  return {
    name: model.label.en,
    start: 0,
    stop: scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths,
    dt: scenario.dt ?? SCENARIO_DEFAULTS.dt,
    method: (scenario.method ?? SCENARIO_DEFAULTS.method) === 'euler' ? 'Euler' : 'RK4',
    variables,
  };
}

/** A step-wise schedule with its first point at month 0, as the engine's run plan builds it. */
function schedule(
  setting: InputSetting | undefined,
  fallback: number,
): readonly { month: number; value: number }[] {
  if (setting === undefined || typeof setting === 'number') return [{ month: 0, value: setting ?? fallback }];
  const points = setting.map((p) => ({ month: p.month, value: p.value }));
  return (points[0]?.month ?? 0) > 0 ? [{ month: 0, value: fallback }, ...points] : points;
}

/** A constant, or nested `IF TIME + ε >= m THEN v ELSE …` from the last point back to the first. */
function scheduleEquation(points: readonly { month: number; value: number }[]): string {
  const first = points[0];
  if (first === undefined) return '0';
  let eqn = lit(first.value);
  for (const p of points.slice(1)) eqn = `IF ${NOW} >= ${lit(p.month)} THEN ${lit(p.value)} ELSE ${eqn}`;
  // Written from the first point outwards, the last point is tested first, as the engine's
  // "last point at or before t" rule requires.
  return eqn;
}

/**
 * The terms that global parameters and the scenario's interventions add, per target id (factor or
 * link), in the engine's order: parameters first (model order), then interventions (scenario
 * order), each lever's effects in the lever's order.
 */
function effectTerms(
  model: Model,
  scenario: Scenario,
  parameterNames: ReadonlyMap<string, string>,
  interventionNames: readonly string[],
  targetOf: (e: Effect) => string,
): EffectTerms {
  const terms: EffectTerms = {
    factors: new Map(),
    erosionParams: new Map(),
    erosionLevers: new Map(),
    inflow: new Map(),
  };
  const add = (map: Map<string, string[]>, key: string, term: string): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [term]);
    else list.push(term);
  };
  for (const p of model.parameters) {
    const v = parameterNames.get(p.id) ?? p.id;
    for (const e of p.effects) {
      const target = targetOf(e);
      const term = `${v} * ${lit(e.size)}`;
      if (e.target === 'weight' || e.target === 'growthRate')
        add(terms.factors, `${e.target}:${target}`, `MAX(0, 1 + ${term})`);
      else if (e.target === 'erosion') add(terms.erosionParams, target, term);
      else add(terms.inflow, target, term);
    }
  }
  (scenario.interventions ?? []).forEach((iv, k) => {
    const lever = model.levers.find((l) => l.id === iv.lever);
    const v = interventionNames[k] ?? iv.lever;
    for (const e of lever?.effects ?? []) {
      const target = targetOf(e);
      const term = `${lit(e.size)} * ${v}`;
      if (e.target === 'weight' || e.target === 'growthRate')
        add(terms.factors, `${e.target}:${target}`, `MAX(0, 1 + ${term})`);
      else if (e.target === 'erosion') add(terms.erosionLevers, target, term);
      else add(terms.inflow, target, term);
    }
  });
  return terms;
}

function factorVariables(
  f: Factor,
  model: Model,
  scenario: Scenario,
  n: FactorNames,
  terms: EffectTerms,
  linkOf: (id: string) => LinkNames,
): XmileVariable[] {
  const overrides = scenario.parameters ?? {};
  const label = `${f.label.en} (${f.id})`;
  const out: XmileVariable[] = [
    {
      kind: 'stock',
      name: n.stock,
      eqn: lit(scenario.initial?.[f.id] ?? f.initial),
      inflows: [n.growth],
      outflows: [n.erosion],
      units: 'dimensionless',
      doc: `${label}: a level between 0 and 1. ${f.definition.en}`,
    },
    {
      kind: 'aux',
      name: n.level,
      eqn: clamp01(n.stock),
      units: 'dimensionless',
      doc: `The level of ${f.id} as every equation reads it: clamped to [0, 1].`,
    },
  ];
  const constant = (name: string, value: number, units: string, doc: string): void => {
    out.push({ kind: 'aux', name, eqn: lit(value), units, doc });
  };
  constant(
    n.growthRate,
    overrides[`${f.id}.growthRate`] ?? f.growthRate,
    '1/month',
    `Growth rate r of ${f.id}.`,
  );
  constant(n.erosionRate, overrides[`${f.id}.erosion`] ?? f.erosion, '1/month', `Erosion rate e of ${f.id}.`);
  constant(
    n.halfSaturation,
    overrides[`${f.id}.halfSaturation`] ?? f.halfSaturation,
    'dimensionless',
    `Half-saturation K of ${f.id}: the drive at which it gets half its growth pressure.`,
  );
  constant(
    n.steepness,
    overrides[`${f.id}.steepness`] ?? f.steepness,
    'dimensionless',
    `Steepness n of the pressure response of ${f.id}.`,
  );

  const rateFactors = terms.factors.get(`growthRate:${f.id}`) ?? [];
  const growthRate = rateFactors.length === 0 ? n.growthRate : n.effectiveGrowthRate;
  if (rateFactors.length > 0)
    out.push({
      kind: 'aux',
      name: n.effectiveGrowthRate,
      eqn: [n.growthRate, ...rateFactors].join(' * '),
      units: '1/month',
      doc: `Growth rate of ${f.id} with the effects of global parameters and interventions.`,
    });
  const erosionParams = terms.erosionParams.get(f.id) ?? [];
  const erosionLevers = terms.erosionLevers.get(f.id) ?? [];
  let erosion =
    erosionParams.length === 0 ? n.erosionRate : `MAX(0, ${sum([n.erosionRate, ...erosionParams])})`;
  for (const term of erosionLevers) erosion = `MAX(0, ${erosion} + ${term})`;
  const erosionRate = erosion === n.erosionRate ? n.erosionRate : n.effectiveErosionRate;
  if (erosionRate !== n.erosionRate)
    out.push({
      kind: 'aux',
      name: n.effectiveErosionRate,
      eqn: erosion,
      units: '1/month',
      doc: `Erosion rate of ${f.id} with the effects of global parameters and interventions (never below 0).`,
    });

  const into = model.links.filter((l) => l.to === f.id);
  const positive = into.filter((l) => l.polarity === 'positive').map((l) => linkOf(l.id).effect);
  const negative = into.filter((l) => l.polarity === 'negative').map((l) => linkOf(l.id).effect);
  out.push({
    kind: 'aux',
    name: n.drive,
    eqn: sum([...(terms.inflow.get(f.id) ?? []), ...positive]),
    units: 'dimensionless',
    doc: `Drive D of ${f.id}: the sum of its positive links (and lever or parameter inflow).`,
  });
  const d = n.drive;
  const p = n.steepness;
  out.push({
    kind: 'aux',
    name: n.pressure,
    eqn: `IF ${d} > 0 THEN ${d} ^ ${p} / (${n.halfSaturation} ^ ${p} + ${d} ^ ${p}) ELSE 0`,
    units: 'dimensionless',
    doc: `Growth pressure P(D) = D^n / (K^n + D^n) of ${f.id}; 0 when the drive is not positive.`,
  });
  if (negative.length > 0)
    out.push({
      kind: 'aux',
      name: n.negativePressure,
      eqn: sum(negative),
      units: '1/month',
      doc: `Negative pressure N of ${f.id}: the sum of its negative links, added to its erosion.`,
    });
  out.push({
    kind: 'flow',
    name: n.growth,
    eqn: `${growthRate} * ${n.pressure} * (1 - ${n.level})`,
    units: '1/month',
    doc: `Growth of ${f.id}: r · P(D) · (1 − x).`,
  });
  out.push({
    kind: 'flow',
    name: n.erosion,
    eqn:
      negative.length > 0
        ? `(${erosionRate} + ${n.negativePressure}) * ${n.level}`
        : `${erosionRate} * ${n.level}`,
    units: '1/month',
    doc: `Erosion of ${f.id}: (e + N) · x.`,
  });
  return out;
}

function moderatorFactor(m: Moderator, valueOf: (id: string) => string): string {
  const v = valueOf(m.by);
  if (m.effect === 'gate') {
    const n = lit(m.steepness);
    return `(${v} ^ ${n} / (${lit(m.threshold)} ^ ${n} + ${v} ^ ${n}))`;
  }
  if (m.effect === 'amplify') return `(1 + ${lit(m.strength)} * ${v})`;
  return `MAX(0, 1 - ${lit(m.strength)} * ${v})`;
}

function linkVariables(
  link: Link,
  overrides: Readonly<Record<string, number>>,
  n: LinkNames,
  terms: EffectTerms,
  valueOf: (id: string) => string,
  initialOf: (id: string) => number,
): XmileVariable[] {
  const out: XmileVariable[] = [];
  const what = `link ${link.id} (${link.from} → ${link.to})`;
  out.push({
    kind: 'aux',
    name: n.weight,
    eqn: lit(overrides[`${link.id}.weight`] ?? link.weight),
    units: 'dimensionless',
    doc: `Weight w of ${what}.`,
  });
  const weightFactors = terms.factors.get(`weight:${link.id}`) ?? [];
  const weight = weightFactors.length === 0 ? n.weight : n.effectiveWeight;
  if (weightFactors.length > 0)
    out.push({
      kind: 'aux',
      name: n.effectiveWeight,
      eqn: [n.weight, ...weightFactors].join(' * '),
      units: 'dimensionless',
      doc: `Weight of ${what} with the effects of global parameters and interventions.`,
    });

  const source = valueOf(link.from);
  let signal: string;
  if (link.signal === 'rise') {
    out.push({
      kind: 'aux',
      name: n.riseTime,
      eqn: lit(link.riseTime ?? 1),
      units: 'month',
      doc: `Averaging time of the reference the rise of ${link.from} is measured against.`,
    });
    out.push({
      kind: 'stock',
      name: n.reference,
      eqn: lit(link.riseFrom ?? initialOf(link.from)),
      inflows: [n.referenceChange],
      units: 'dimensionless',
      doc: `Smoothed past of ${link.from} (first-order, over ${n.riseTime}); ${what} carries how far ${link.from} is above it.`,
    });
    out.push({
      kind: 'flow',
      name: n.referenceChange,
      eqn: `(${source} - ${n.reference}) / ${n.riseTime}`,
      units: '1/month',
      doc: `Adjustment of the reference of ${what} towards ${link.from}.`,
    });
    signal = `MAX(0, ${source} - ${n.reference})`;
  } else if (link.delay !== undefined) {
    out.push({
      kind: 'aux',
      name: n.delayTime,
      eqn: lit(overrides[`${link.id}.delay`] ?? link.delay),
      units: 'month',
      doc: `Average delay of ${what}.`,
    });
    out.push({
      kind: 'stock',
      name: n.delayed,
      eqn: lit(initialOf(link.from)),
      inflows: [n.delayChange],
      units: 'dimensionless',
      doc: `First-order delayed copy of ${link.from} that ${what} carries.`,
    });
    out.push({
      kind: 'flow',
      name: n.delayChange,
      eqn: `(${source} - ${n.delayed}) / ${n.delayTime}`,
      units: '1/month',
      doc: `Adjustment of the delayed copy of ${link.from}.`,
    });
    signal = clamp01(n.delayed);
  } else signal = source;

  out.push({
    kind: 'aux',
    name: n.effect,
    eqn: [weight, ...(link.moderators ?? []).map((m) => moderatorFactor(m, valueOf)), signal].join(' * '),
    units: 'dimensionless',
    doc: `What ${what} adds to the ${link.polarity === 'positive' ? 'drive' : 'negative pressure'} of ${link.to}: weight × moderators × signal.`,
  });
  return out;
}
