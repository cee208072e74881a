import { describe, expect, it } from 'vitest';

import { classifyMechanism, STATUS_RULE } from './mechanism-status.js';

const DT = 0.25;
const HORIZON = 24;
const time = Float64Array.from({ length: HORIZON / DT + 1 }, (_, i) => i * DT);
const level = (f: (t: number) => number) => time.map(f);

/** Ten times the rule's threshold: clearly rising or falling. */
const CLEAR_SLOPE = 10 * STATUS_RULE.rising;

describe('classifyMechanism', () => {
  it('calls a rising level reinforcing over the whole run, even when it is low', () => {
    expect(
      classifyMechanism(
        time,
        level((t) => 0.05 + CLEAR_SLOPE * t),
      ),
    ).toEqual([{ fromMonth: 0, toMonth: HORIZON, status: 'reinforcing' }]);
  });

  it('calls a falling level stalling over the whole run, even when it is high', () => {
    expect(
      classifyMechanism(
        time,
        level((t) => 0.95 - CLEAR_SLOPE * t),
      ),
    ).toEqual([{ fromMonth: 0, toMonth: HORIZON, status: 'stalling' }]);
  });

  it('calls a flat level at or above the sustained level reinforcing', () => {
    expect(
      classifyMechanism(
        time,
        level(() => 0.7),
      ),
    ).toEqual([{ fromMonth: 0, toMonth: HORIZON, status: 'reinforcing' }]);
    expect(
      classifyMechanism(
        time,
        level(() => STATUS_RULE.sustainedLevel),
      )[0]!.status,
    ).toBe('reinforcing');
  });

  it('calls a flat low level stalling', () => {
    expect(
      classifyMechanism(
        time,
        level(() => 0.2),
      ),
    ).toEqual([{ fromMonth: 0, toMonth: HORIZON, status: 'stalling' }]);
  });

  it('splits a run into stretches where the status changes', () => {
    // Flat low until month 8, rising until month 16, flat low-ish again after.
    const segments = classifyMechanism(
      time,
      level((t) => 0.1 + CLEAR_SLOPE * Math.min(Math.max(t - 8, 0), 8)),
    );
    expect(segments.map((s) => s.status)).toEqual(['stalling', 'reinforcing', 'stalling']);
    expect(segments[0]!.fromMonth).toBe(0);
    expect(segments.at(-1)!.toMonth).toBe(HORIZON);
    // The rising stretch lies around months 8–16 (the slope is measured over one month).
    expect(segments[1]!.fromMonth).toBeGreaterThanOrEqual(7);
    expect(segments[1]!.toMonth).toBeLessThanOrEqual(17);
    for (let i = 1; i < segments.length; i++)
      expect(segments[i]!.fromMonth).toBeGreaterThan(segments[i - 1]!.toMonth);
  });

  it('merges a blip shorter than a month into the stretch before it', () => {
    // A small jump between months 10 and 10.25 in an otherwise flat low level.
    const segments = classifyMechanism(
      time,
      level((t) => (t > 10 ? 0.22 : 0.2)),
    );
    expect(segments).toEqual([{ fromMonth: 0, toMonth: HORIZON, status: 'stalling' }]);
  });

  it('returns no segments for an empty run', () => {
    expect(classifyMechanism(new Float64Array(0), new Float64Array(0))).toEqual([]);
  });
});
