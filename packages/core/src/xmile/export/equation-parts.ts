import { xmileNumber as lit } from './xmile-number.js';

/**
 * The time as every comparison reads it, with the engine's tolerance of 1e-9 month: a schedule
 * point or an intervention boundary at month m counts from `TIME + 1e-9 >= m`, so that a time
 * reached by adding dt up (2.9999999999999996) still meets a boundary at 3.
 */
export const NOW = `TIME + ${lit(1e-9)}`;

/** `MAX(0, MIN(1, e))`: the engine's clamp of a level to [0, 1]. */
export const clamp01 = (e: string): string => `MAX(0, MIN(1, ${e}))`;
/** The terms joined by ` + `, or `0` when there are none. */
export const sum = (terms: readonly string[]): string => (terms.length === 0 ? '0' : terms.join(' + '));
