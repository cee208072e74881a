import type { Scenario } from '@samenspel/core';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../model.js';
import {
  groupFactorsByMechanism,
  initialLevel,
  inputDefault,
  isDefaultProfile,
  otherMechanisms,
  parseHorizon,
  quoteFor,
  resetProfile,
  sameSetting,
  setInitial,
  setInput,
  sectionTail,
} from './profile-model.js';

describe('grouping the profile sliders by mechanism', () => {
  const groups = groupFactorsByMechanism(model);

  it('gives every endogenous factor exactly one slider', () => {
    const ids = groups.flatMap((g) => g.factors.map((f) => f.id));
    const endogenous = model.factors.filter((f) => !f.exogenous).map((f) => f.id);
    expect(ids.slice().sort()).toEqual(endogenous.slice().sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('externalContext');
  });

  it('puts a factor in the first mechanism it belongs to, in the order context, building, network, results', () => {
    expect(groups.map((g) => g.mechanism?.id)).toEqual(['context', 'building', 'network', 'results']);
    const home = (id: string) => groups.find((g) => g.factors.some((f) => f.id === id))?.mechanism?.id;
    expect(home('localImplementation')).toBe('context');
    expect(home('pioneerMotivation')).toBe('context');
    expect(home('seekingEachOtherOut')).toBe('building');
    expect(home('operationalisingCollaboration')).toBe('network');
    expect(home('optimalPatientCare')).toBe('results');
  });

  it('collects factors outside the listed mechanisms in a last group', () => {
    const only = groupFactorsByMechanism(model, ['results']);
    expect(only[0]?.mechanism?.id).toBe('results');
    expect(only[1]?.mechanism).toBeNull();
    expect(only[1]?.factors.length).toBe(10);
  });

  it('names the other mechanisms a factor belongs to', () => {
    expect(otherMechanisms(model, 'localImplementation', 'context').map((m) => m.id)).toEqual([
      'network',
      'results',
    ]);
    expect(otherMechanisms(model, 'networkObligation', null).map((m) => m.id)).toEqual(['context', 'pseudo']);
  });
});

describe('factor texts', () => {
  it('finds the seed quote of factors and inputs', () => {
    expect(quoteFor('trust')?.quote).toContain('vertrouwen');
    expect(quoteFor('networkObligation')?.quote).toContain('verplichtingen');
    expect(quoteFor('nothing')).toBeUndefined();
    expect(sectionTail('A > B > Vertrouwen')).toBe('Vertrouwen');
  });
});

describe('profile values and reset', () => {
  it('reads starting levels and input defaults, falling back to the model', () => {
    const s: Scenario = { initial: { trust: 0.6 } };
    expect(initialLevel(model, s, 'trust')).toBe(0.6);
    expect(initialLevel(model, s, 'commonGround')).toBe(0.2);
    expect(inputDefault(model, 'externalContext')).toBe(0.5);
    expect(inputDefault(model, 'networkObligation')).toBe(0.2);
  });

  it('resets the profile and keeps name and interventions', () => {
    const start = defaultScenario();
    expect(isDefaultProfile(model, start)).toBe(true);
    const edited = produce(start, (d) => {
      d.name = 'Regio Oost';
      d.initial = { ...d.initial, trust: 0.9 };
      d.inputs = {
        ...d.inputs,
        networkObligation: [
          { month: 0, value: 0.2 },
          { month: 12, value: 0.8 },
        ],
      };
      d.horizonMonths = 24;
      d.method = 'euler';
      d.interventions = [{ lever: 'regionalMeetings' }];
    });
    expect(isDefaultProfile(model, edited)).toBe(false);
    const reset = produce(edited, resetProfile);
    expect(isDefaultProfile(model, reset)).toBe(true);
    expect(reset.name).toBe('Regio Oost');
    expect(reset.interventions).toEqual([{ lever: 'regionalMeetings' }]);
    expect(reset.initial?.trust).toBe(0.25);
  });

  it('edits starting levels and inputs, recording nothing when the value is the same', () => {
    const start = defaultScenario();
    expect(produce(start, (d) => setInitial(d, 'trust', 0.25))).toBe(start);
    expect(produce(start, (d) => setInput(d, 'networkObligation', 0.2))).toBe(start);
    expect(produce(start, resetProfile)).toBe(start);
    const raised = produce(start, (d) => setInitial(d, 'trust', 0.5));
    expect(raised.initial?.trust).toBe(0.5);
    const series = [
      { month: 0, value: 0.2 },
      { month: 12, value: 0.8 },
    ];
    const stepped = produce(start, (d) => setInput(d, 'networkObligation', series));
    expect(stepped.inputs?.networkObligation).toEqual(series);
    expect(
      produce(stepped, (d) =>
        setInput(
          d,
          'networkObligation',
          series.map((p) => ({ ...p })),
        ),
      ),
    ).toBe(stepped);
    expect(produce({} as Scenario, (d) => setInitial(d, 'trust', 0.3)).initial).toEqual({ trust: 0.3 });
  });

  it('compares input settings by value', () => {
    expect(sameSetting(0.2, 0.2)).toBe(true);
    expect(sameSetting(0.2, [{ month: 0, value: 0.2 }])).toBe(false);
    expect(sameSetting([{ month: 0, value: 0.2 }], [{ month: 0, value: 0.2 }])).toBe(true);
    expect(sameSetting([{ month: 0, value: 0.2 }], [{ month: 1, value: 0.2 }])).toBe(false);
    expect(sameSetting(undefined, undefined)).toBe(true);
  });

  it('parses a typed horizon within range', () => {
    expect(parseHorizon('36')).toBe(36);
    expect(parseHorizon('1')).toBe(6);
    expect(parseHorizon('999')).toBe(240);
    expect(parseHorizon('')).toBeNull();
  });
});
