import { describe, expect, it } from 'vitest';
import { MIN_BAR_PERCENT, tickStep, timelineBars, timelineTicks } from './timeline.js';

describe('timelineBars', () => {
  it('places each intervention from its start to its end month, with its intensity as the fill', () => {
    const [a, b] = timelineBars(
      [
        { lever: 'startSmall', startMonth: 0, endMonth: 60, intensity: 1 },
        { lever: 'transparency', startMonth: 15, endMonth: 30, intensity: 0.4 },
      ],
      60,
    );
    expect(a).toMatchObject({ index: 0, left: 0, width: 100, fill: 100 });
    expect(b).toMatchObject({ index: 1, left: 25, width: 25, fill: 40, startMonth: 15, endMonth: 30 });
  });

  it('keeps a zero-length bar visible and inside the track', () => {
    const [bar] = timelineBars([{ lever: 'x', startMonth: 60, endMonth: 60, intensity: 1 }], 60);
    expect(bar?.width).toBe(MIN_BAR_PERCENT);
    expect((bar?.left ?? 0) + (bar?.width ?? 0)).toBeLessThanOrEqual(100);
  });

  it('clamps months outside the run and intensities outside 0–1', () => {
    const [bar] = timelineBars([{ lever: 'x', startMonth: -5, endMonth: 90, intensity: 2 }], 60);
    expect(bar).toMatchObject({ left: 0, width: 100, fill: 100, intensity: 1 });
  });
});

describe('timelineTicks', () => {
  it('ticks whole years for a five-year run, 0 and the horizon included, edge labels kept inside', () => {
    const ticks = timelineTicks(60);
    expect(ticks.map((t) => t.month)).toEqual([0, 12, 24, 36, 48, 60]);
    expect(ticks.map((t) => t.at)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks[0]?.align).toBe('start');
    expect(ticks.at(-1)?.align).toBe('end');
    expect(ticks[2]?.align).toBe('middle');
  });

  it('drops a step too close to the horizon', () => {
    expect(timelineTicks(50).map((t) => t.month)).toEqual([0, 12, 24, 36, 50]);
  });

  it('uses finer steps for short runs', () => {
    expect(tickStep(24)).toBe(6);
    expect(tickStep(12)).toBe(3);
    expect(tickStep(4)).toBe(1);
  });
});
