import type { Effect } from '@samenspel/core';

/** Prints a signed number: `+0.3`, `-0.02`. */
function signed(n: number): string {
  return n < 0 ? String(n) : `+${String(n)}`;
}

/** Prints the factor 1 + size·v: `(1 + 0.5·v)`, `(1 - 0.5·v)`. */
function factor(size: number): string {
  return `(1 ${size < 0 ? '-' : '+'} ${String(Math.abs(size))}·v)`;
}

/**
 * Describes what an effect of a lever (or parameter) does at intensity v, in the model's own terms:
 * `inflow seekingEachOtherOut +0.3·v`, `weight <linkId> ×(1 + 0.5·v)`,
 * `growthRate <factorId> ×(1 + 0.5·v)`, `erosion <factorId> -0.02·v`.
 */
export function describeEffect(effect: Effect): string {
  switch (effect.target) {
    case 'inflow':
      return `inflow ${effect.factor} ${signed(effect.size)}·v`;
    case 'weight':
      return `weight ${effect.link} ×${factor(effect.size)}`;
    case 'growthRate':
      return `growthRate ${effect.factor} ×${factor(effect.size)}`;
    case 'erosion':
      return `erosion ${effect.factor} ${signed(effect.size)}·v`;
  }
}
