import type { SweepCells } from '@samenspel/core';

/**
 * Joins blocks of a sweep's cells into one block, in cell order, whatever order they came in.
 *
 * @throws RangeError when there are no blocks, the blocks leave a gap or overlap, or some carry
 * pattern flags and others do not
 */
export function mergeSweepCells(parts: readonly SweepCells[]): SweepCells {
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  const first = sorted[0];
  if (first === undefined) throw new RangeError('there are no sweep cells to merge');
  const from = first.from;
  const withPresent = first.present !== undefined;
  let to = from;
  for (const part of sorted) {
    if (part.from !== to) {
      throw new RangeError(`sweep cells ${to}–${part.from - 1} are missing or covered twice`);
    }
    if ((part.present !== undefined) !== withPresent) {
      throw new RangeError('some blocks of sweep cells record a pattern and others do not');
    }
    to = part.to;
  }
  const values = new Float64Array(to - from);
  const present = withPresent ? new Uint8Array(to - from) : undefined;
  for (const part of sorted) {
    values.set(part.values, part.from - from);
    if (present !== undefined && part.present !== undefined) present.set(part.present, part.from - from);
  }
  return present === undefined ? { from, to, values } : { from, to, values, present };
}
