import { resultToJson, simulate, type Scenario } from '@samenspel/core';
import { pseudoCollaborationExplanation } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../../model.js';
import {
  CARD_MECHANISMS,
  adviceOf,
  loopView,
  mechanismCards,
  pseudoBox,
  sparkBars,
  statusKey,
  takesOff,
} from './loop-summary.js';

const leverEn = (id: string) => model.levers.find((l) => l.id === id)?.label.en;
const run = (scenario: Scenario) => resultToJson(simulate(model, scenario));
const base = defaultScenario();
const stalled = run(base);
/** The seed's pseudo-collaboration region: a strong obligation meets little motivation and trust. */
const obliged: Scenario = {
  ...base,
  initial: { ...base.initial, pioneerMotivation: 0.1, trust: 0.1, supportForCollaboration: 0.1 },
  inputs: { ...base.inputs, externalContext: 0.4, networkObligation: 0.9 },
};

describe('mechanismCards', () => {
  const cards = mechanismCards(model, stalled, 'nl');

  it('gives one card per drawn mechanism, in model order, without pseudo-collaboration', () => {
    expect(cards.map((c) => c.id)).toEqual([...CARD_MECHANISMS]);
  });

  it('shows the default region with a stalling network mechanism and the seed advice to strengthen it', () => {
    const network = cards.find((c) => c.id === 'network');
    expect(network?.status).toBe('stalling');
    expect(network?.label).toBe('Samenwerken in een netwerk');
    expect(network?.advice.length).toBe(2);
    expect(network?.advice[0]?.text).toMatch(/^Faciliteer de collectieve intelligentie/);
    expect(network?.advice.flatMap((a) => a.levers.map((l) => l.id))).toEqual([
      'facilitateCollectiveIntelligence',
      'shareDifferingViews',
      'concreteAgreements',
      'regionalStaff',
    ]);
  });

  it('gives no advice for a mechanism that reinforces itself', () => {
    const building = cards.find((c) => c.id === 'building');
    expect(building?.status).toBe('reinforcing');
    expect(building?.advice).toEqual([]);
  });

  it('rounds "since" to whole months and keeps the mean level', () => {
    for (const c of cards) {
      expect(Number.isInteger(c.since)).toBe(true);
      expect(c.level).toBeCloseTo(stalled.summary.mechanisms[c.id]?.level ?? NaN, 12);
    }
  });

  it('names model texts in the interface language', () => {
    const en = mechanismCards(model, stalled, 'en');
    expect(en.find((c) => c.id === 'network')?.label).toBe('Collaborating in a network');
    expect(en.find((c) => c.id === 'network')?.advice[0]?.levers[0]?.label).toBe(
      leverEn('facilitateCollectiveIntelligence'),
    );
  });
});

describe('statusKey', () => {
  it('maps each status to its words', () => {
    expect(statusKey('reinforcing')).toBe('loops.status.reinforcing');
    expect(statusKey('stalling')).toBe('loops.status.stalling');
  });
});

describe('loopView', () => {
  it('labels the dominant loop with factor names in loop order, back to the first', () => {
    const id = stalled.summary.mechanisms.building?.dominantLoop ?? null;
    const loop = stalled.loops.find((l) => l.id === id);
    const view = loopView(model, stalled, id, 'nl');
    expect(loop).toBeDefined();
    expect(view?.labels.length).toBe(loop?.factors.length);
    const parts = view?.text.split(' → ') ?? [];
    expect(parts.length).toBe((loop?.factors.length ?? 0) + 1);
    expect(parts[0]).toBe(parts.at(-1));
    expect(view?.text).toContain('Vertrouwen');
    expect(loopView(model, stalled, id, 'en')?.text).toContain('Trust');
  });

  it('is null without a loop or for an unknown id', () => {
    expect(loopView(model, stalled, null, 'nl')).toBeNull();
    expect(loopView(model, stalled, 'L99999', 'nl')).toBeNull();
  });
});

describe('pseudoBox', () => {
  it('is absent when the run shows no pseudo-collaboration', () => {
    expect(pseudoBox(model, stalled, 'nl')).toBeNull();
  });

  it("explains pseudo-collaboration with the seed's words and offers the way-out levers", () => {
    const result = run(obliged);
    const box = pseudoBox(model, result, 'nl');
    expect(box).not.toBeNull();
    expect(box?.what).toBe(pseudoCollaborationExplanation.what.nl);
    expect(box?.wayOut).toBe(pseudoCollaborationExplanation.wayOut.nl);
    expect(box?.source.quote).toMatch(/^Pseudosamenwerking zien we/);
    expect(box?.levers.map((l) => l.id)).toEqual(['startSmall', 'transparency', 'showPioneersTheWay']);
    expect(box?.fromMonth).not.toBeNull();
    expect((box?.toMonth ?? 0) - (box?.fromMonth ?? 0)).toBeGreaterThanOrEqual(6);
    expect(pseudoBox(model, result, 'en')?.what).toBe(pseudoCollaborationExplanation.what.en);
  });
});

describe('takesOff', () => {
  it('reads the collaborationTakesOff pattern', () => {
    expect(takesOff(stalled)).toBe(false);
    const lifted = run({
      ...base,
      interventions: [{ lever: 'startSmall', startMonth: 0, endMonth: 60, intensity: 1 }],
    });
    expect(takesOff(lifted)).toBe(true);
  });
});

describe('adviceOf', () => {
  it('is empty for an unknown mechanism', () => {
    expect(adviceOf(model, 'nope', 'nl')).toEqual([]);
  });
});

describe('sparkBars', () => {
  const segments = [
    { fromMonth: 0, toMonth: 4, status: 'stalling' as const },
    { fromMonth: 4.25, toMonth: 60, status: 'reinforcing' as const },
  ];
  const bars = sparkBars(segments, 60, 120, 12);

  it('draws contiguous bars over 0..horizon', () => {
    expect(bars[0]?.x).toBe(0);
    expect((bars[0]?.x ?? 0) + (bars[0]?.width ?? 0)).toBeCloseTo(bars[1]?.x ?? NaN, 9);
    expect((bars[1]?.x ?? 0) + (bars[1]?.width ?? 0)).toBeCloseTo(120, 9);
    expect(bars.map((b) => [b.from, b.to])).toEqual([
      [0, 4],
      [4, 60],
    ]);
  });

  it('tells the statuses apart by shape: tall when reinforcing, low when stalling', () => {
    expect(bars[1]?.height).toBe(12);
    expect(bars[0]?.height).toBeLessThan(6);
    for (const b of bars) expect(b.y + b.height).toBe(12);
  });
});
