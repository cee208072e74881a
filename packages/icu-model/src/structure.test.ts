import { describe, expect, it } from 'vitest';
import { findLoops, validateModel } from '@samenspel/core';
import { icuNetworkModel as model } from './icu-network-model.js';

const link = (from: string, to: string) =>
  model.links.find((l) => l.from === from && l.to === to && l.signal !== 'rise');

describe('the ICU network model', () => {
  it('is a valid model that survives structuredClone and JSON', () => {
    expect(validateModel(model).diagnostics).toEqual([]);
    const copy: unknown = JSON.parse(JSON.stringify(model));
    expect(copy).toEqual(model);
    expect(structuredClone(model)).toEqual(model);
  });

  it('has the 13 factors of the seed, of which only the external context is exogenous', () => {
    expect(model.factors.map((f) => f.id)).toEqual([
      'externalContext',
      'providerCircumstances',
      'localImplementation',
      'pioneerMotivation',
      'supportForCollaboration',
      'gettingToKnowEachOther',
      'seekingEachOtherOut',
      'trust',
      'collectiveIntelligence',
      'experiencedAddedValue',
      'commonGround',
      'operationalisingCollaboration',
      'optimalPatientCare',
    ]);
    expect(model.factors.filter((f) => f.exogenous).map((f) => f.id)).toEqual(['externalContext']);
    expect(model.inputs.map((i) => i.id)).toEqual(['networkObligation']);
  });

  it('has the five mechanisms, each with advice from the seed', () => {
    expect(model.mechanisms.map((m) => m.id)).toEqual([
      'context',
      'building',
      'network',
      'results',
      'pseudo',
    ]);
    for (const m of model.mechanisms) expect(m.advice.length).toBeGreaterThan(0);
  });

  it.each([
    ['externalContext', 'providerCircumstances'],
    ['externalContext', 'pioneerMotivation'],
    ['providerCircumstances', 'pioneerMotivation'],
    ['externalContext', 'localImplementation'],
    ['providerCircumstances', 'localImplementation'],
    ['localImplementation', 'providerCircumstances'],
    ['pioneerMotivation', 'supportForCollaboration'],
    ['supportForCollaboration', 'gettingToKnowEachOther'],
    ['pioneerMotivation', 'gettingToKnowEachOther'],
    ['pioneerMotivation', 'seekingEachOtherOut'],
    ['gettingToKnowEachOther', 'seekingEachOtherOut'],
    ['seekingEachOtherOut', 'trust'],
    ['trust', 'pioneerMotivation'],
    ['trust', 'supportForCollaboration'],
    ['supportForCollaboration', 'pioneerMotivation'],
    ['seekingEachOtherOut', 'collectiveIntelligence'],
    ['commonGround', 'collectiveIntelligence'],
    ['collectiveIntelligence', 'operationalisingCollaboration'],
    ['collectiveIntelligence', 'experiencedAddedValue'],
    ['experiencedAddedValue', 'commonGround'],
    ['experiencedAddedValue', 'operationalisingCollaboration'],
    ['operationalisingCollaboration', 'localImplementation'],
    ['operationalisingCollaboration', 'pioneerMotivation'],
    ['localImplementation', 'pioneerMotivation'],
    ['localImplementation', 'optimalPatientCare'],
    ['optimalPatientCare', 'experiencedAddedValue'],
    ['optimalPatientCare', 'collectiveIntelligence'],
    ['networkObligation', 'seekingEachOtherOut'],
    ['seekingEachOtherOut', 'operationalisingCollaboration'],
  ])('states the seed link %s → %s as a positive link', (from, to) => {
    expect(link(from, to)?.polarity).toBe('positive');
  });

  it('makes the trust-and-support condition an interaction (two gates that multiply), not a sum', () => {
    const gated = link('seekingEachOtherOut', 'collectiveIntelligence');
    expect(gated?.moderators?.map((m) => [m.effect, m.by])).toEqual([
      ['gate', 'trust'],
      ['gate', 'supportForCollaboration'],
    ]);
    expect(link('trust', 'collectiveIntelligence')).toBeUndefined();
    expect(link('supportForCollaboration', 'collectiveIntelligence')).toBeUndefined();
  });

  it('delays local implementation → patient care', () => {
    expect(link('localImplementation', 'optimalPatientCare')?.delay).toBeGreaterThanOrEqual(3);
  });

  it('lets a rigid, formal context (obligation) dampen both context → motivation links', () => {
    for (const from of ['externalContext', 'providerCircumstances']) {
      expect(link(from, 'pioneerMotivation')?.moderators).toContainEqual(
        expect.objectContaining({ effect: 'dampen', by: 'networkObligation' }),
      );
    }
  });

  it('lets operationalising lead to implementation only with collective intelligence behind it', () => {
    expect(link('operationalisingCollaboration', 'localImplementation')?.moderators).toContainEqual(
      expect.objectContaining({ effect: 'gate', by: 'collectiveIntelligence' }),
    );
  });

  it('amplifies patient care → added value and collective intelligence by visible regional feedback', () => {
    const visibility = model.parameters.find((p) => p.id === 'resultsVisibility');
    const lever = model.levers.find((l) => l.id === 'regionalFeedback');
    for (const target of ['experiencedAddedValue', 'collectiveIntelligence']) {
      const id = link('optimalPatientCare', target)?.id;
      expect(visibility?.effects).toContainEqual({
        target: 'weight',
        link: id,
        size: expect.any(Number) as number,
      });
      expect(lever?.effects).toContainEqual({
        target: 'weight',
        link: id,
        size: expect.any(Number) as number,
      });
    }
  });

  it('has only reinforcing loops, as the seed describes, each passing through a named mechanism', () => {
    const loops = findLoops(model);
    expect(loops.length).toBeGreaterThan(30);
    expect(loops.filter((l) => l.polarity !== 'reinforcing')).toEqual([]);
    for (const l of loops) expect(l.mechanisms.length).toBeGreaterThan(0);
  });

  it('contains the trust spiral and the value spiral of the seed as loops', () => {
    const has = (cycle: string[]) =>
      findLoops(model).some(
        (l) =>
          l.factors.length === cycle.length &&
          cycle.every(
            (f, i) =>
              l.factors.includes(f) &&
              l.factors.indexOf(f) === (l.factors.indexOf(cycle[0] ?? '') + i) % cycle.length,
          ),
      );
    expect(has(['pioneerMotivation', 'seekingEachOtherOut', 'trust'])).toBe(true);
    expect(has(['collectiveIntelligence', 'experiencedAddedValue', 'commonGround'])).toBe(true);
  });
});
