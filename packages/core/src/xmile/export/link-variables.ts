import type { Link, Moderator } from '../../model/model-types.js';
import type { EffectTerms } from './effect-terms.js';
import { clamp01 } from './equation-parts.js';
import type { LinkNames } from './variable-names.js';
import type { XmileVariable } from './xmile-document.js';
import { xmileNumber as lit } from './xmile-number.js';

function moderatorFactor(m: Moderator, valueOf: (id: string) => string): string {
  const v = valueOf(m.by);
  if (m.effect === 'gate') {
    const n = lit(m.steepness);
    return `(${v} ^ ${n} / (${lit(m.threshold)} ^ ${n} + ${v} ^ ${n}))`;
  }
  if (m.effect === 'amplify') return `(1 + ${lit(m.strength)} * ${v})`;
  return `MAX(0, 1 - ${lit(m.strength)} * ${v})`;
}

/**
 * The variables of one link: its weight (and effective weight where effects apply), a delay's
 * time constant, stock and adjustment flow, or a rise's reference stock and flow, and the
 * `effect` auxiliary = weight × moderators × signal.
 */
export function linkVariables(
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
