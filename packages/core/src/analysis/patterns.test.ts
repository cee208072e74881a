import { describe, expect, it } from 'vitest';

import type { Pattern } from '../model/model-types.js';
import { pattern } from '../test-support/models.js';
import { detectPattern } from './patterns.js';

const DT = 0.5;
const HORIZON = 40;
const time = Float64Array.from({ length: HORIZON / DT + 1 }, (_, i) => i * DT);

/** A series that is `high` (0.8) on the given month intervals [from, to] and `low` (0.2) elsewhere. */
function highOn(...intervals: readonly (readonly [number, number])[]): Float64Array {
  return time.map((t) => (intervals.some(([from, to]) => t >= from && t <= to) ? 0.8 : 0.2));
}

function detect(p: Pattern, series: Record<string, Float64Array>) {
  return detectPattern(p, time, (id) => series[id]);
}

const xHigh = (minMonths: number, window: Pattern['window'] = 'any') =>
  pattern('xHigh', [{ variable: 'x', atLeast: 0.5 }], minMonths, window);

describe('detectPattern', () => {
  it('reports the longest stretch in which the condition holds', () => {
    const report = detect(xHigh(0), { x: highOn([2, 5], [10, 22], [30, 34]) });
    expect(report).toEqual({ present: true, fromMonth: 10, toMonth: 22 });
  });

  it('is present only when that stretch lasts at least minMonths', () => {
    const x = highOn([2, 5], [10, 22]);
    expect(detect(xHigh(10), { x }).present).toBe(true);
    expect(detect(xHigh(12), { x }).present).toBe(true);
    expect(detect(xHigh(14), { x }).present).toBe(false);
    // The stretch is still reported when it is too short.
    expect(detect(xHigh(14), { x })).toMatchObject({ fromMonth: 10, toMonth: 22 });
  });

  it('reports nothing when the condition never holds', () => {
    expect(detect(xHigh(0), { x: highOn() })).toEqual({ present: false, fromMonth: null, toMonth: null });
  });

  it("with window 'end' looks only at the stretch that reaches the end of the run", () => {
    const x = highOn([0, 20], [34, HORIZON]);
    expect(detect(xHigh(5, 'end'), { x })).toEqual({ present: true, fromMonth: 34, toMonth: HORIZON });
    expect(detect(xHigh(8, 'end'), { x }).present).toBe(false);
    // The longer stretch earlier in the run counts for window 'any'.
    expect(detect(xHigh(8, 'any'), { x })).toEqual({ present: true, fromMonth: 0, toMonth: 20 });
  });

  it("with window 'end' is absent when the condition no longer holds at the end", () => {
    const report = detect(xHigh(0, 'end'), { x: highOn([0, 39]) });
    expect(report).toEqual({ present: false, fromMonth: null, toMonth: null });
  });

  it('requires all conditions at once, with atLeast and atMost inclusive', () => {
    const both = pattern(
      'both',
      [
        { variable: 'x', atLeast: 0.8 },
        { variable: 'y', atMost: 0.2 },
      ],
      0,
    );
    const x = highOn([5, 25]);
    const y = time.map((t) => (t >= 15 ? 0.2 : 0.5));
    expect(detect(both, { x, y })).toEqual({ present: true, fromMonth: 15, toMonth: 25 });
  });
});
