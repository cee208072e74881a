import type { SimulationResultJson } from '@samenspel/core';

/**
 * A quick run (made without loop analysis while a slider moves) with the loop analysis of the last
 * full run carried over, so the loop panels and the diagram's loop highlight do not flicker. Carried
 * only when both runs have the same time axis; the next full run replaces it within moments.
 */
export function carryLoops(
  quick: SimulationResultJson,
  full: SimulationResultJson | null,
): SimulationResultJson {
  if (quick.loops.length > 0 || full === null || full.time.length !== quick.time.length) return quick;
  const mechanisms = Object.fromEntries(
    Object.entries(quick.summary.mechanisms).map(([id, m]) => {
      const previous = full.summary.mechanisms[id];
      return [
        id,
        { ...m, dominantLoop: previous?.dominantLoop ?? null, dominance: previous?.dominance ?? [] },
      ];
    }),
  );
  return {
    ...quick,
    loops: full.loops,
    dominance: full.dominance,
    summary: { ...quick.summary, mechanisms },
  };
}
