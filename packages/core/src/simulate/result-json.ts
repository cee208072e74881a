import type { MechanismSummary, SimulationResult } from './result-types.js';

/** A {@link SimulationResult} with every `Float64Array` replaced by a plain number array. */
export type SimulationResultJson = ReturnType<typeof resultToJson>;

function mechanismJson(m: MechanismSummary): MechanismSummary {
  const { status, since, level, segments, dominantLoop, dominance } = m;
  return { status, since, level, segments, dominantLoop, dominance };
}

/**
 * Converts a result to plain JSON-ready data (typed arrays become number arrays, lazily computed
 * loop analysis is computed), exactly what `samenspel run --format json` prints.
 */
export function resultToJson(result: SimulationResult) {
  const { summary } = result;
  return {
    model: result.model,
    scenario: result.scenario,
    method: result.method,
    dt: result.dt,
    horizonMonths: result.horizonMonths,
    time: Array.from(result.time),
    series: Object.fromEntries(Object.entries(result.series).map(([k, v]) => [k, Array.from(v)])),
    loops: result.loops.map((l) => ({ ...l, strength: Array.from(l.strength) })),
    dominance: result.dominance,
    summary: {
      ...summary,
      mechanisms: Object.fromEntries(
        Object.entries(summary.mechanisms).map(([k, m]) => [k, mechanismJson(m)]),
      ),
    },
  };
}
