import type { Model } from '../model/model-types.js';

/** Per-factor fields a scenario may override as `<factorId>.<field>`. */
export const FACTOR_FIELDS = ['growthRate', 'erosion', 'halfSaturation', 'steepness'] as const;
/** Per-link fields a scenario may override as `<linkId>.<field>`. */
export const LINK_FIELDS = ['weight', 'delay'] as const;

/** A documented, overridable number of a model, with its default and allowed range. */
export interface ParameterInfo {
  /** Id to use as a key in a scenario's `parameters`. */
  readonly id: string;
  /** Default value in the model. */
  readonly value: number;
  /** Smallest allowed value. */
  readonly min: number;
  /** Largest allowed value. */
  readonly max: number;
  /** Unit. */
  readonly unit: string;
  /** What the number is. */
  readonly description: string;
}

/**
 * Lists every parameter of a model a scenario can override: the global parameters, and per
 * endogenous factor its growth rate, erosion, half-saturation and steepness, and per link its weight
 * (and delay where the link has one).
 */
export function listParameters(model: Model): ParameterInfo[] {
  const out: ParameterInfo[] = model.parameters.map((p) => ({
    id: p.id,
    value: p.value,
    min: p.min,
    max: p.max,
    unit: p.unit,
    description: p.description.en,
  }));
  for (const f of model.factors) {
    if (f.exogenous) continue;
    out.push(
      {
        id: `${f.id}.growthRate`,
        value: f.growthRate,
        min: 0,
        max: 10,
        unit: '1/month',
        description: `growth rate of ${f.id}`,
      },
      {
        id: `${f.id}.erosion`,
        value: f.erosion,
        min: 0,
        max: 10,
        unit: '1/month',
        description: `erosion rate of ${f.id}`,
      },
      {
        id: `${f.id}.halfSaturation`,
        value: f.halfSaturation,
        min: 1e-6,
        max: 10,
        unit: 'drive',
        description: `half-saturation of ${f.id}'s growth pressure`,
      },
      {
        id: `${f.id}.steepness`,
        value: f.steepness,
        min: 0.1,
        max: 8,
        unit: '',
        description: `steepness of ${f.id}'s growth pressure`,
      },
    );
  }
  for (const l of model.links) {
    out.push({
      id: `${l.id}.weight`,
      value: l.weight,
      min: 0,
      max: 10,
      unit: 'drive per level',
      description: `weight of link ${l.from} → ${l.to}`,
    });
    if (l.delay !== undefined) {
      out.push({
        id: `${l.id}.delay`,
        value: l.delay,
        min: 0.01,
        max: 600,
        unit: 'month',
        description: `delay of link ${l.from} → ${l.to}`,
      });
    }
  }
  return out;
}
