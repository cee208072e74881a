import { describe, expect, it } from 'vitest';
import { at, bisect, run, uniformRegion } from './test-support/regions.js';

const context = { inputs: { externalContext: 0.5, networkObligation: 0.2 } } as const;
const takesOff = (level: number) => run(uniformRegion(level, context)).summary.collaborationTakesOff === true;

describe('the tipping point', () => {
  const threshold = bisect(0, 0.8, takesOff);
  const below = run(uniformRegion(threshold - 0.05, context));
  const above = run(uniformRegion(threshold + 0.05, context));

  it('lies inside the range of levels a real region can have', () => {
    expect(threshold).toBeGreaterThan(0.1);
    expect(threshold).toBeLessThan(0.6);
  });

  it('lets a region a little below it stall while one a little above it takes off, in the same context', () => {
    expect(below.summary.collaborationTakesOff).toBe(false);
    expect(above.summary.collaborationTakesOff).toBe(true);
    expect(below.summary.mechanisms.network?.status).toBe('stalling');
    expect(above.summary.mechanisms.network?.status).toBe('reinforcing');
    expect(above.summary.mechanisms.results?.status).toBe('reinforcing');
  });

  it('separates the outcomes by far more than the starting difference', () => {
    const gap = (id: string) => at(above, id, 60) - at(below, id, 60);
    expect(gap('localImplementation')).toBeGreaterThan(0.3);
    expect(gap('collectiveIntelligence')).toBeGreaterThan(0.2);
  });

  it('has a lower threshold for building trust: below it everything fades, above it the building loops carry themselves', () => {
    const buildsTrust = (level: number) => at(run(uniformRegion(level, context)), 'trust', 60) > 0.4;
    const t = bisect(0, 0.8, buildsTrust);
    expect(t).toBeLessThan(threshold);
    const low = run(uniformRegion(t - 0.05, context));
    const high = run(uniformRegion(t + 0.05, context));
    expect(at(low, 'trust', 60)).toBeLessThan(0.1);
    expect(at(low, 'collectiveIntelligence', 60)).toBeLessThan(0.05);
    expect(at(high, 'trust', 60)).toBeGreaterThan(0.5);
    expect(high.summary.mechanisms.building?.status).toBe('reinforcing');
    expect(low.summary.mechanisms.building?.status).toBe('stalling');
  });

  it('moves with the context: a more supportive outside world lowers the threshold', () => {
    const supportive = bisect(
      0,
      0.8,
      (x) =>
        run(uniformRegion(x, { inputs: { externalContext: 0.9, networkObligation: 0.2 } })).summary
          .collaborationTakesOff === true,
    );
    expect(supportive).toBeLessThan(threshold - 0.02);
  });
});
