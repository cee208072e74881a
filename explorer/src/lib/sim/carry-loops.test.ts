import { resultToJson, simulate } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { model } from '../model.js';
import { carryLoops } from './carry-loops.js';

describe('carryLoops', () => {
  const full = resultToJson(simulate(model, { initial: { trust: 0.3 } }));
  const quick = resultToJson(simulate(model, { initial: { trust: 0.6 } }, { loops: false }));

  it("keeps the quick run's trajectories and summary, with the full run's loop analysis", () => {
    const merged = carryLoops(quick, full);
    expect(merged.series).toBe(quick.series);
    expect(merged.summary.mechanisms.building?.status).toBe(quick.summary.mechanisms.building?.status);
    expect(merged.loops).toBe(full.loops);
    expect(merged.summary.mechanisms.building?.dominantLoop).toBe(
      full.summary.mechanisms.building?.dominantLoop,
    );
  });

  it('carries nothing across a different time axis or onto a full run', () => {
    const short = resultToJson(simulate(model, { horizonMonths: 12 }, { loops: false }));
    expect(carryLoops(short, full)).toBe(short);
    expect(carryLoops(full, quick)).toBe(full);
    expect(carryLoops(quick, null)).toBe(quick);
  });
});
