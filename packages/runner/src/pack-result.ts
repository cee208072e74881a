import type { MechanismSummary, RunSummary, SimulationResult } from '@samenspel/core';

/** A result as plain data, and the buffers a worker can transfer instead of copying. */
export interface PackedResult {
  /** Plain data: no classes, no getters; every array a view into one fresh buffer. */
  readonly result: SimulationResult;
  /** The buffers to transfer (exactly one). */
  readonly transfer: ArrayBuffer[];
}

/**
 * Turns a result of `simulate` into plain, structured-cloneable data of the same shape (the
 * `SimulationResult` interface): the loop analysis is read (computed if it was not yet), mechanism
 * summaries become plain objects, and time, series and loop strengths are copied into one fresh
 * `Float64Array` buffer, so transferring it cannot detach anything the engine still uses.
 */
export function packResult(result: SimulationResult): PackedResult {
  const loops = result.loops;
  const seriesEntries = Object.entries(result.series);
  let length = result.time.length;
  for (const [, s] of seriesEntries) length += s.length;
  for (const l of loops) length += l.strength.length;
  const buffer = new Float64Array(length);
  let offset = 0;
  const copy = (source: Float64Array): Float64Array => {
    const view = buffer.subarray(offset, offset + source.length);
    view.set(source);
    offset += source.length;
    return view;
  };
  const packed: SimulationResult = {
    model: result.model,
    scenario: result.scenario,
    method: result.method,
    dt: result.dt,
    horizonMonths: result.horizonMonths,
    time: copy(result.time),
    series: Object.fromEntries(seriesEntries.map(([id, s]) => [id, copy(s)])),
    loops: loops.map((l) => ({ ...l, strength: copy(l.strength) })),
    dominance: result.dominance,
    summary: plainSummary(result.summary),
  };
  return { result: packed, transfer: [buffer.buffer] };
}

function plainSummary(summary: RunSummary): RunSummary {
  const mechanisms: Record<string, MechanismSummary> = {};
  for (const [id, m] of Object.entries(summary.mechanisms)) {
    const { status, since, level, segments, dominantLoop, dominance } = m;
    mechanisms[id] = { status, since, level, segments, dominantLoop, dominance };
  }
  return { ...summary, mechanisms };
}
