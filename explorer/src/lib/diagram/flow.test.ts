import { describe, expect, it } from 'vitest';
import { resultToJson, simulate, type Link, type Model } from '@samenspel/core';
import { icuNetworkModel as model } from '@samenspel/icu-model';
import { defaultScenario } from '../model.js';
import {
  flowWidth,
  flowsAt,
  indexAtMonth,
  linkFlows,
  linkFlowsAt,
  linkSignal,
  linkWeights,
  linkWeightsAt,
  moderatorFactor,
  smooth,
  type RunSeries,
} from './flow.js';

const time = Array.from({ length: 241 }, (_, i) => i * 0.25);

/** A run in which every variable holds `level` (or its own value from `levels`) all the time. */
function flatRun(level: number, levels: Readonly<Record<string, number>> = {}): RunSeries {
  const ids = [...model.factors, ...model.inputs].map((v) => v.id);
  return { time, series: Object.fromEntries(ids.map((id) => [id, time.map(() => levels[id] ?? level)])) };
}

function link(id: string): Link {
  const l = model.links.find((x) => x.id === id);
  if (l === undefined) throw new Error(id);
  return l;
}

describe('indexAtMonth', () => {
  it('finds the saved time nearest to a month', () => {
    expect(indexAtMonth(time, 0)).toBe(0);
    expect(indexAtMonth(time, 30)).toBe(120);
    expect(indexAtMonth(time, 30.1)).toBe(120);
    expect(indexAtMonth(time, 30.2)).toBe(121);
    expect(indexAtMonth(time, 99)).toBe(240);
    expect(indexAtMonth(time, -3)).toBe(0);
    expect(indexAtMonth([], 5)).toBe(0);
  });
});

describe('moderatorFactor', () => {
  it('opens a gate with its variable: 0 when closed, a half at the threshold, towards 1 above', () => {
    const gate = { effect: 'gate', by: 'trust', threshold: 0.3, steepness: 2 } as const;
    expect(moderatorFactor(gate, 0)).toBe(0);
    expect(moderatorFactor(gate, 0.3)).toBeCloseTo(0.5, 10);
    expect(moderatorFactor(gate, 0.9)).toBeGreaterThan(0.85);
  });

  it('amplifies and dampens', () => {
    expect(moderatorFactor({ effect: 'amplify', by: 'x', strength: 2 }, 0.5)).toBe(2);
    expect(moderatorFactor({ effect: 'dampen', by: 'x', strength: 0.6 }, 1)).toBeCloseTo(0.4, 10);
    expect(moderatorFactor({ effect: 'dampen', by: 'x', strength: 2 }, 1)).toBe(0);
  });
});

describe('linkFlows', () => {
  it('gives every link of the model a flow at every saved time', () => {
    const flows = linkFlows(model, flatRun(0.5), null);
    expect([...flows.keys()].sort()).toEqual(model.links.map((l) => l.id).sort());
    for (const f of flows.values()) expect(f).toHaveLength(time.length);
  });

  it('is 0 when the sources are 0 and grows with them', () => {
    const zero = flowsAt(linkFlows(model, flatRun(0), null), 100);
    for (const [id, f] of zero) expect(f, id).toBe(0);
    const low = flowsAt(linkFlows(model, flatRun(0.2), null), 100);
    const high = flowsAt(linkFlows(model, flatRun(0.6), null), 100);
    for (const l of model.links) {
      if (l.signal === 'rise') continue; // a constant source does not rise
      expect(high.get(l.id) ?? 0, l.id).toBeGreaterThan(low.get(l.id) ?? 0);
    }
  });

  it('is weight × source for a plain link', () => {
    const l = link('trust-supportForCollaboration');
    const f = flowsAt(linkFlows(model, flatRun(0, { trust: 0.4 }), null), 50).get(l.id);
    expect(f).toBeCloseTo(l.weight * 0.4, 12);
  });

  it('is scaled by the gates: nothing without trust and support, more as they open', () => {
    const id = 'seekingEachOtherOut-collectiveIntelligence';
    const at = (trust: number, support: number): number =>
      flowsAt(
        linkFlows(
          model,
          flatRun(0, { seekingEachOtherOut: 0.6, trust, supportForCollaboration: support }),
          null,
        ),
        10,
      ).get(id) ?? NaN;
    expect(at(0, 0.8)).toBe(0);
    expect(at(0.8, 0)).toBe(0);
    expect(at(0.3, 0.3)).toBeCloseTo(0.6 * 0.5 * 0.5, 12);
    expect(at(0.6, 0.6)).toBeGreaterThan(at(0.3, 0.3));
    expect(at(0.6, 0.6)).toBeLessThan(0.6);
  });

  it('is weakened by the obligation on the context → motivation links', () => {
    const id = 'externalContext-pioneerMotivation';
    const at = (obligation: number): number =>
      flowsAt(linkFlows(model, flatRun(0.5, { networkObligation: obligation }), null), 10).get(id) ?? NaN;
    expect(at(0)).toBeCloseTo(0.2 * 0.5, 12);
    expect(at(1)).toBeCloseTo(0.2 * 0.5 * 0.4, 12);
  });

  it('uses the scenario: weight overrides, global parameters and levers while they act', () => {
    const base = defaultScenario();
    const plain = linkWeights(model, base, time);
    const l = link('optimalPatientCare-experiencedAddedValue');
    // resultsVisibility (default 0.3) multiplies this weight by 1 + 2·0.3.
    expect(plain.get(l.id)?.[0]).toBeCloseTo(l.weight * 1.6, 12);
    const overridden = linkWeights(
      model,
      { ...base, parameters: { 'trust-pioneerMotivation.weight': 0.9 } },
      time,
    );
    expect(overridden.get('trust-pioneerMotivation')?.[0]).toBe(0.9);
    const lever = linkWeights(
      model,
      {
        ...base,
        interventions: [{ lever: 'concreteAgreements', startMonth: 12, endMonth: 24, intensity: 0.5 }],
      },
      time,
    );
    const w = lever.get('operationalisingCollaboration-localImplementation') ?? [];
    expect(w[indexAtMonth(time, 6)]).toBeCloseTo(0.7, 12);
    expect(w[indexAtMonth(time, 18)]).toBeCloseTo(0.7 * 1.3, 12);
    expect(w[indexAtMonth(time, 30)]).toBeCloseTo(0.7, 12);
  });

  it('delays the delayed link and pulses the change-driven link', () => {
    const step = time.map((t) => (t < 10 ? 0 : 1));
    const run: RunSeries = {
      time,
      series: { localImplementation: step, networkObligation: step },
    };
    const delayed = linkSignal(link('localImplementation-optimalPatientCare'), run, null);
    expect(delayed[indexAtMonth(time, 10)]).toBeCloseTo(0, 6);
    expect(delayed[indexAtMonth(time, 19)]).toBeGreaterThan(0.5);
    expect(delayed[indexAtMonth(time, 19)]).toBeLessThan(0.7);
    const rise = linkSignal(link('networkObligation-seekingEachOtherOut-change'), run, null);
    expect(rise[indexAtMonth(time, 5)]).toBe(0);
    expect(rise[indexAtMonth(time, 10.25)]).toBeGreaterThan(0.9);
    expect(rise[indexAtMonth(time, 40)]).toBeLessThan(0.01);
  });

  it('agrees with the flows of a real run', () => {
    const run = resultToJson(simulate(model, defaultScenario()));
    const flows = linkFlows(model, run, defaultScenario());
    for (const f of flows.values()) for (const v of f) expect(Number.isFinite(v) && v >= 0).toBe(true);
    // The level-driven obligation link carries 0.25 × obligation throughout.
    const ob = flows.get('networkObligation-seekingEachOtherOut') ?? [];
    expect(ob[100]).toBeCloseTo(0.25 * (run.series['networkObligation']?.[100] ?? NaN), 12);
  });

  it('handles a model without parameters or levers', () => {
    const tiny: Model = { ...model, parameters: [], levers: [] };
    expect(linkFlows(tiny, flatRun(0.5), null).size).toBe(model.links.length);
  });
});

describe('smooth', () => {
  it('follows a step with the first-order lag', () => {
    const z = smooth([0, 1, 2, 3], [1, 1, 1, 1], 1, 0);
    expect(z[0]).toBe(0);
    expect(z[1]).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(z[3]).toBeCloseTo(1 - Math.exp(-3), 12);
  });
});

describe('flowWidth', () => {
  it('is thin for no flow and grows with it up to a maximum', () => {
    expect(flowWidth(0)).toBe(1.2);
    expect(flowWidth(0.1)).toBeGreaterThan(flowWidth(0.05));
    expect(flowWidth(5)).toBe(9);
  });
});

describe('linkFlowsAt and linkWeightsAt', () => {
  it('give the same values as linkFlows and linkWeights at that time', () => {
    const scenario = {
      ...defaultScenario(),
      parameters: { 'localImplementation-optimalPatientCare.delay': 4 },
      interventions: [{ lever: 'concreteAgreements', startMonth: 12, endMonth: 24, intensity: 0.5 }],
    };
    const run = resultToJson(simulate(model, scenario, { loops: false }));
    const flows = linkFlows(model, run, scenario);
    const weights = linkWeights(model, scenario, run.time);
    for (const index of [0, 1, 40, 72, 100, run.time.length - 1, run.time.length]) {
      expect(linkFlowsAt(model, run, scenario, index)).toEqual(flowsAt(flows, index));
      const at = linkWeightsAt(model, scenario, run.time, index);
      for (const [id, w] of weights) expect(at.get(id)).toBe(w[index] ?? 0);
    }
  });
});
