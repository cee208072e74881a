import { findLoops, resultToJson, simulate, type Loop, type Scenario } from '@samenspel/core';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages/tour.js';
import { defaultScenario, model } from '../model.js';
import {
  applyExperiment,
  buildTourSteps,
  isApplied,
  levelAt,
  representativeLoop,
  tourMechanisms,
  type TourExperiment,
} from './tour-steps.js';

const loops = findLoops(model);
const steps = buildTourSteps(model, loops);

function run(scenario: Scenario) {
  return resultToJson(simulate(model, scenario));
}

function loopById(id: string | null): Loop {
  const loop = loops.find((l) => l.id === id);
  if (loop === undefined) throw new Error(`no loop ${String(id)}`);
  return loop;
}

describe('buildTourSteps', () => {
  it('has an intro, one step per mechanism in the seed’s order, and a closing step', () => {
    expect(steps.map((s) => s.id)).toEqual(['intro', ...tourMechanisms, 'closing']);
    expect(steps).toHaveLength(7);
    expect(new Set(model.mechanisms.map((m) => m.id))).toEqual(new Set(tourMechanisms));
    expect(steps[0]?.loop).toBeNull();
    expect(steps.at(-1)?.loop).toBeNull();
  });

  it('highlights, for each mechanism, a loop that passes through it, each step a different one', () => {
    for (const step of steps.filter((s) => s.mechanism !== null)) {
      const loop = loopById(step.loop);
      expect(loop.mechanisms).toContain(step.mechanism);
    }
    const chosen = steps.filter((s) => s.mechanism !== null).map((s) => s.loop);
    expect(new Set(chosen).size).toBe(chosen.length);
  });

  it('picks loops that show what the step is about', () => {
    const byId = Object.fromEntries(steps.map((s) => [s.id, loopById(s.loop ?? 'L1')]));
    expect(byId.context?.factors).toEqual(['providerCircumstances', 'localImplementation']);
    expect(byId.building?.factors).toEqual(expect.arrayContaining(['pioneerMotivation', 'trust']));
    expect(byId.network?.mechanisms).toEqual(['network']);
    expect(byId.results?.factors).toEqual(
      expect.arrayContaining(['localImplementation', 'optimalPatientCare']),
    );
    // The pseudo loop runs through the obligation-gated edge: seeking each other out → operationalising.
    const pseudo = byId.pseudo?.factors ?? [];
    const i = pseudo.indexOf('seekingEachOtherOut');
    expect(pseudo[(i + 1) % pseudo.length]).toBe('operationalisingCollaboration');
  });

  it('switches the pseudo overlay on only for the pseudo-collaboration step', () => {
    expect(steps.filter((s) => s.pseudoOverlay).map((s) => s.id)).toEqual(['pseudo']);
  });
});

describe('representativeLoop', () => {
  it('takes the shortest loop through the mechanism when nothing is preferred', () => {
    const loop = representativeLoop(model, loops, 'building');
    const shortest = Math.min(
      ...loops.filter((l) => l.mechanisms.includes('building')).map((l) => l.factors.length),
    );
    expect(loop?.factors.length).toBe(shortest);
  });

  it('prefers loops through the given factors, and gives null for an unknown mechanism', () => {
    expect(representativeLoop(model, loops, 'building', ['trust'])?.factors).toContain('trust');
    expect(representativeLoop(model, loops, 'nope')).toBeNull();
  });
});

describe('experiments', () => {
  const base = defaultScenario();
  const baseRun = run(base);

  for (const step of steps) {
    const experiment: TourExperiment | null = step.experiment;
    if (experiment === null) continue;
    it(`${step.id}: is one edit that raises what it asks the user to watch by 5 points or more`, () => {
      const next = produce(base, (d) => applyExperiment(d, experiment));
      expect(next).not.toBe(base);
      expect(isApplied(base, experiment)).toBe(false);
      expect(isApplied(next, experiment)).toBe(true);
      // Applying it again changes nothing (so no extra undo step is recorded).
      expect(produce(next, (d) => applyExperiment(d, experiment))).toBe(next);
      const after = run(next);
      for (const id of experiment.watch) {
        const before = levelAt(baseRun, id, experiment.month) ?? 0;
        const now = levelAt(after, id, experiment.month) ?? 0;
        expect(now - before, `${id} at month ${String(experiment.month)}`).toBeGreaterThanOrEqual(0.05);
      }
    });
  }
});

describe('levelAt', () => {
  it('reads the sample at the month, the last one past the end, and null for an unknown series', () => {
    const r = run({ ...defaultScenario(), horizonMonths: 12 });
    const trust = r.series.trust ?? [];
    expect(levelAt(r, 'trust', 0)).toBe(trust[0]);
    expect(levelAt(r, 'trust', 6)).toBe(trust[r.time.indexOf(6)]);
    expect(levelAt(r, 'trust', 60)).toBe(trust.at(-1));
    expect(levelAt(r, 'nope', 6)).toBeNull();
  });
});

describe('tour messages', () => {
  it('has every key in both languages, and a text for every step', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    for (const key of Object.keys(messages.nl)) expect(key.startsWith('tour.')).toBe(true);
    for (const step of steps) {
      expect(messages.nl[`tour.${step.id}.title`] ?? messages.nl[`tour.${step.id}.plain`]).toBeDefined();
      if (step.experiment !== null) {
        expect(messages.nl[`tour.${step.id}.try`]).toBeDefined();
        expect(messages.en[`tour.${step.id}.try`]).toBeDefined();
      }
    }
  });

  it('states the experiment’s numbers through placeholders, not by hand', () => {
    for (const step of steps) {
      const change = step.experiment?.changes[0];
      if (change === undefined) continue;
      const placeholder = change.kind === 'lever' ? '{lever}' : '{value}';
      expect(messages.nl[`tour.${step.id}.try`]).toContain(placeholder);
      expect(messages.en[`tour.${step.id}.try`]).toContain(placeholder);
    }
  });
});
