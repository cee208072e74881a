import type { SimulationResult } from './result-types.js';

/** A {@link SimulationResult} with every `Float64Array` replaced by a plain number array. */
export type SimulationResultJson = ReturnType<typeof resultToJson>;

/**
 * Converts a result to plain JSON-ready data (typed arrays become number arrays), exactly what
 * `samenspel run --format json` prints.
 */
export function resultToJson(result: SimulationResult) {
  return {
    ...result,
    time: Array.from(result.time),
    series: Object.fromEntries(Object.entries(result.series).map(([k, v]) => [k, Array.from(v)])),
    loops: result.loops.map((l) => ({ ...l, strength: Array.from(l.strength) })),
  };
}
