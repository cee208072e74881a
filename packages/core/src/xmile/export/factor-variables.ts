import type { Factor, Model } from '../../model/model-types.js';
import type { Scenario } from '../../scenario/scenario-types.js';
import type { EffectTerms } from './effect-terms.js';
import { clamp01, sum } from './equation-parts.js';
import type { FactorNames, LinkNames } from './variable-names.js';
import type { XmileVariable } from './xmile-document.js';
import { xmileNumber as lit } from './xmile-number.js';

/**
 * The variables of one endogenous factor: its stock, clamped level, constants r, e, K and n,
 * effective rates where effects apply, drive, pressure, negative pressure (only with negative
 * links), and the growth and erosion flows.
 */
export function factorVariables(
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
