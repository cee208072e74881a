import { readFileSync } from 'node:fs';
import { findLoops, simulate, validateModel, validateScenario, type Model } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { modelReport } from './report.js';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));
const check = validateModel(read('model.json'));
const model = check.ok ? check.model : (undefined as unknown as Model);
const scenarioCheck = validateScenario(model, read('scenario.json'));

describe('the custom-model example (community garden)', () => {
  it('is a valid model in the engine format, and its scenario is valid', () => {
    expect(check.diagnostics).toEqual([]);
    expect(check.ok).toBe(true);
    expect(scenarioCheck.ok).toBe(true);
  });

  it('quotes its notes verbatim for every link and moderator', () => {
    const notes = readFileSync(new URL('notes.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    for (const link of model.links) {
      expect(notes).toContain(link.source.quote);
      for (const m of link.moderators ?? []) expect(notes).toContain(m.source?.quote ?? '');
    }
  });

  it('has the six loops worked out by hand: four reinforcing, two balancing through the workload', () => {
    // V = volunteers, S = skills, H = harvest, N = neighbourTrust, W = workload. Reinforcing:
    // V→H→V (the gate by V), V→S→H→V, V→N→V, V→N→W→V (trust dampens the workload: − · − = +).
    // Balancing: V→H→W→V and V→S→H→W→V (the workload erodes the volunteers).
    const loops = findLoops(model);
    const byFactors = new Map(loops.map((l) => [l.factors.join('>'), l.polarity]));
    expect(loops).toHaveLength(6);
    expect(byFactors.get('volunteers>harvest')).toBe('reinforcing');
    expect(byFactors.get('volunteers>skills>harvest')).toBe('reinforcing');
    expect(byFactors.get('volunteers>neighbourTrust')).toBe('reinforcing');
    expect(byFactors.get('volunteers>neighbourTrust>workload')).toBe('reinforcing');
    expect(byFactors.get('volunteers>harvest>workload')).toBe('balancing');
    expect(byFactors.get('volunteers>skills>harvest>workload')).toBe('balancing');
  });

  it('the report lists every loop, the mechanisms, patterns and final levels of the run', () => {
    if (!scenarioCheck.ok) throw new Error('invalid scenario');
    const text = modelReport(model, scenarioCheck.scenario);
    expect(text).toMatch(/^Loops \(6: 4 reinforcing, 2 balancing\)$/m);
    for (const l of findLoops(model)) expect(text).toContain(`  ${l.id} ${l.polarity} `);
    const run = simulate(model, scenarioCheck.scenario);
    for (const m of model.mechanisms)
      expect(text).toContain(`  ${m.id}: ${run.summary.mechanisms[m.id]?.status ?? '?'} since month`);
    expect(text).toMatch(/^ {2}thriving: (yes|no)$/m);
    expect(text).toContain(`  harvest: ${(run.series.harvest?.at(-1) ?? 0).toFixed(2)}`);
    expect(text).toMatch(/^ {2}month 1: /m);
  });
});
