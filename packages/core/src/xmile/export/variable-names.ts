import { snakeName, type XmileNames } from './xmile-names.js';

/** Names given to one endogenous factor's variables. */
export interface FactorNames {
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
export interface LinkNames {
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

/** Claims the names of an endogenous factor's variables (all of them, used or not, so names stay stable). */
export function claimFactorNames(names: XmileNames, id: string): FactorNames {
  const base = snakeName(id);
  return {
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
  };
}

/** Claims the names of a link's variables (all of them, used or not, so names stay stable). */
export function claimLinkNames(names: XmileNames, id: string): LinkNames {
  const base = snakeName(id);
  return {
    weight: names.claim(`${base}_weight`),
    effectiveWeight: names.claim(`${base}_effective_weight`),
    effect: names.claim(`${base}_effect`),
    delayTime: names.claim(`${base}_delay_time`),
    delayed: names.claim(`${base}_delayed`),
    delayChange: names.claim(`${base}_delay_change`),
    riseTime: names.claim(`${base}_rise_time`),
    reference: names.claim(`${base}_reference`),
    referenceChange: names.claim(`${base}_reference_change`),
  };
}
