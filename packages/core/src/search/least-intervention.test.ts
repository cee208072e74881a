import { describe, expect, it } from 'vitest';
import type { Intervention, Scenario } from '../scenario/scenario-types.js';
import { InvalidScenarioError, simulate } from '../simulate/simulate.js';
import { bistableModel } from '../test-support/bistable.js';
import { findLeastIntervention, findLeastInterventionSteps } from './least-intervention.js';
import { runToEnd, type SearchProgress } from './progress.js';

/** The default region of the bistable model starts at 0.2 and fades. */
const stalled: Scenario = {};
const shows = (intervention: Intervention, base: Scenario = stalled) =>
  simulate(bistableModel, { ...base, interventions: [intervention] }, { loops: false }).summary.takesOff ===
  true;

describe('findLeastIntervention, intensity mode', () => {
  const tolerance = 0.01;
  const found = findLeastIntervention(bistableModel, stalled, {
    pattern: 'takesOff',
    mode: 'intensity',
    tolerance,
  });

  it('finds for each lever that suffices an intensity that is enough, while 2 tolerances less is not', () => {
    const enough = found.results.filter((r) => r.enough);
    expect(enough.map((r) => r.lever).sort()).toEqual(['pushA', 'pushB']);
    for (const r of enough) {
      const v = r.value as number;
      expect(shows({ lever: r.lever, intensity: v })).toBe(true);
      expect(shows({ lever: r.lever, intensity: v - 2 * tolerance })).toBe(false);
      expect(r.intervention).toEqual({ lever: r.lever, startMonth: 0, intensity: v });
    }
  });

  it('reports a lever without effect as not enough, with no value', () => {
    expect(found.results.find((r) => r.lever === 'inert')).toEqual({
      lever: 'inert',
      enough: false,
      value: null,
      intervention: null,
    });
  });

  it('sorts least value first, insufficient levers last, and names the best', () => {
    expect(found.alreadyPresent).toBe(false);
    expect(found.results.map((r) => r.lever)).toEqual(['pushA', 'pushB', 'inert']);
    expect(found.best).toEqual({ lever: 'pushA', value: found.results[0]?.value });
  });

  it('is deterministic', () => {
    const again = findLeastIntervention(bistableModel, stalled, {
      pattern: 'takesOff',
      mode: 'intensity',
      tolerance,
    });
    expect(again).toEqual(found);
  });

  it('reports the minimum intensity itself when even that is enough', () => {
    const nearly: Scenario = { initial: { a: 0.28, b: 0.28 } };
    const r = findLeastIntervention(bistableModel, nearly, {
      pattern: 'takesOff',
      mode: 'intensity',
      levers: ['pushA'],
    });
    expect(r.results[0]?.value).toBe(0.05);
  });
});

describe('findLeastIntervention, duration mode', () => {
  it('finds the shortest push at full intensity from startMonth that tips the pair', () => {
    const tolerance = 0.25;
    const r = findLeastIntervention(bistableModel, stalled, {
      pattern: 'takesOff',
      mode: 'duration',
      startMonth: 6,
      levers: ['pushB', 'inert'],
      tolerance,
    });
    const pushB = r.results[0];
    expect(pushB?.lever).toBe('pushB');
    const d = pushB?.value as number;
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(54);
    expect(shows({ lever: 'pushB', startMonth: 6, endMonth: 6 + d })).toBe(true);
    expect(shows({ lever: 'pushB', startMonth: 6, endMonth: 6 + d - 2 * tolerance })).toBe(false);
    expect(r.results[1]).toMatchObject({ lever: 'inert', enough: false });
  });
});

describe('findLeastIntervention, edge cases', () => {
  it('reports alreadyPresent and searches nothing when the base already shows the pattern', () => {
    const r = findLeastIntervention(
      bistableModel,
      { initial: { a: 0.6, b: 0.6 } },
      { pattern: 'takesOff', mode: 'intensity' },
    );
    expect(r).toMatchObject({ alreadyPresent: true, results: [], best: null, runs: 1 });
  });

  it('keeps the base scenario’s own interventions', () => {
    const base: Scenario = { interventions: [{ lever: 'pushA', intensity: 0.15 }] };
    const withHelp = findLeastIntervention(bistableModel, base, {
      pattern: 'takesOff',
      mode: 'intensity',
      levers: ['pushB'],
    });
    const alone = findLeastIntervention(bistableModel, stalled, {
      pattern: 'takesOff',
      mode: 'intensity',
      levers: ['pushB'],
    });
    expect(withHelp.results[0]?.value).toBeLessThan(alone.results[0]?.value as number);
  });

  it('yields its progress after every run, never beyond the announced total', () => {
    const seen: SearchProgress[] = [];
    const r = runToEnd(
      findLeastInterventionSteps(bistableModel, stalled, { pattern: 'takesOff', mode: 'intensity' }),
      (p) => seen.push(p),
    );
    expect(seen.length).toBe(r.runs);
    expect(seen.every((p) => p.done <= p.total)).toBe(true);
  });

  it('rejects unknown levers and patterns, a start outside the run, and an invalid base scenario', () => {
    const run = (options: object, base: Scenario = stalled) =>
      findLeastIntervention(bistableModel, base, { pattern: 'takesOff', mode: 'intensity', ...options });
    expect(() => run({ levers: ['ghost'] })).toThrow(/ghost/);
    expect(() => run({ pattern: 'ghost' })).toThrow(/ghost/);
    expect(() => run({ startMonth: 60 })).toThrow(RangeError);
    expect(() => run({}, { initial: { a: 3 } })).toThrow(InvalidScenarioError);
  });
});
