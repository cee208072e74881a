import { describe, expect, it } from 'vitest';
import type { Scenario } from '@samenspel/core';
import { at, run } from './test-support/regions.js';

const obligedRegion = (obligation: Scenario['inputs'], extra: Partial<Scenario> = {}): Scenario => ({
  initial: { pioneerMotivation: 0.1, trust: 0.1, supportForCollaboration: 0.1 },
  inputs: { externalContext: 0.4, ...obligation },
  ...extra,
});

describe('pseudo-collaboration', () => {
  const pseudo = run(obligedRegion({ networkObligation: 0.9 }));

  it('shows when a strong obligation meets little motivation and trust', () => {
    expect(pseudo.summary.pseudoCollaboration).toBe(true);
  });

  it('drives seeking each other out and formal operationalising while collective intelligence and added value stay low', () => {
    expect(at(pseudo, 'seekingEachOtherOut', 6)).toBeGreaterThan(0.5);
    expect(at(pseudo, 'operationalisingCollaboration', 12)).toBeGreaterThan(
      at(pseudo, 'operationalisingCollaboration', 0) + 0.15,
    );
    for (const month of [6, 12, 24]) {
      // 0.25 is the ceiling the model's pseudoCollaboration pattern uses for "low".
      expect(at(pseudo, 'collectiveIntelligence', month)).toBeLessThan(0.25);
      expect(at(pseudo, 'experiencedAddedValue', month)).toBeLessThan(0.25);
    }
  });

  it('barely moves local implementation', () => {
    expect(
      Math.abs(at(pseudo, 'localImplementation', 24) - at(pseudo, 'localImplementation', 0)),
    ).toBeLessThan(0.1);
  });

  it('is not reported for a region without an obligation', () => {
    expect(run(obligedRegion({ networkObligation: 0 })).summary.pseudoCollaboration).toBe(false);
  });

  it('re-activates contact mainly when the obligation changes', () => {
    const steady = run(obligedRegion({ networkObligation: 0.6 }, { horizonMonths: 36 }));
    const stepped = run(
      obligedRegion(
        {
          networkObligation: [
            { month: 0, value: 0.6 },
            { month: 18, value: 0.9 },
          ],
        },
        { horizonMonths: 36 },
      ),
    );
    const bump = at(stepped, 'seekingEachOtherOut', 21) - at(steady, 'seekingEachOtherOut', 21);
    expect(bump).toBeGreaterThan(0.05);
    // The level of the obligation matters far less than its change: contact after the first wave fades back.
    expect(at(steady, 'seekingEachOtherOut', 4)).toBeGreaterThan(
      at(steady, 'seekingEachOtherOut', 16) + 0.05,
    );
  });

  it('can, through contact under obligation, slowly build trust and support and tip into real collaboration in some regions', () => {
    const long = { horizonMonths: 120 };
    const tips = run(obligedRegion({ networkObligation: 0.9 }, long));
    const stays = run(
      obligedRegion({ networkObligation: 0.9 }, { ...long, parameters: { memberTurnover: 0.04 } }),
    );
    expect(tips.summary.pseudoCollaboration).toBe(true);
    expect(tips.summary.collaborationTakesOff).toBe(true);
    expect(at(tips, 'trust', 120)).toBeGreaterThan(at(tips, 'trust', 0) + 0.3);
    expect(stays.summary.collaborationTakesOff).toBe(false);
  });

  it('is left sooner when the region starts small, as the seed advises', () => {
    const rescued = run(
      obligedRegion(
        { networkObligation: 0.9 },
        { interventions: [{ lever: 'startSmall', startMonth: 3, endMonth: 36 }] },
      ),
    );
    expect(at(rescued, 'collectiveIntelligence', 48)).toBeGreaterThan(
      at(pseudo, 'collectiveIntelligence', 48) + 0.1,
    );
    expect(at(rescued, 'trust', 24)).toBeGreaterThan(at(pseudo, 'trust', 24));
  });
});
